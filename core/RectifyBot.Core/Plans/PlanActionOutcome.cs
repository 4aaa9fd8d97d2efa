using RectifyBot.Core.Plans.Feedback;

namespace RectifyBot.Core.Plans;

/// <summary>The result of a plan action, the plan as stored after it (or as it was, when refused) and every input problem.</summary>
public sealed record PlanActionOutcome(PlanActionResult Result, UnitPlan? Plan = null, IReadOnlyList<PlanProblem>? Problems = null)
{
    /// <summary>After a publication: who was asked for feedback and the one-time links for those without Teams.</summary>
    public FeedbackOpening? Feedback { get; init; }

    public bool Succeeded => Result is PlanActionResult.Done or PlanActionResult.AlreadyDone;
}
