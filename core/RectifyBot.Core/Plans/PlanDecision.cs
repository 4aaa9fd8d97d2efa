using RectifyBot.Core.Plans.Feedback;

namespace RectifyBot.Core.Plans;

/// <summary>How the feedback window ended: the counts (never individual answers), the majority rule's verdict, and the office's decision if it had to make one.</summary>
public sealed record PlanDecision(FeedbackCounts Counts, MajorityVerdict Verdict, DateTimeOffset At)
{
    /// <summary>The office staff member who decided after an insufficient response.</summary>
    public string? OfficeNumber { get; init; }

    public string? OfficeComment { get; init; }
}
