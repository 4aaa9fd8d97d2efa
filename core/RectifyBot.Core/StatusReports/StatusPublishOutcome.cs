using RectifyBot.Core.Plans;
using RectifyBot.Core.Plans.Feedback;

namespace RectifyBot.Core.StatusReports;

/// <summary>The result, the report as it now stands (when there is one) and the problems of the publication's fields.</summary>
public sealed record StatusPublishOutcome(StatusPublishResult Result, StatusReport? Report = null, IReadOnlyList<PlanProblem>? Problems = null)
{
    /// <summary>A preview's summary (what publishing now would publish).</summary>
    public StatusSummary? Summary { get; init; }

    /// <summary>After a publication: who was asked for feedback and the one-time links for those without Teams.</summary>
    public FeedbackOpening? Feedback { get; init; }
}
