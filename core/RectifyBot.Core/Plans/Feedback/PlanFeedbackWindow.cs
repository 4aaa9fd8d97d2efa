namespace RectifyBot.Core.Plans.Feedback;

/// <summary>What a plan version's feedback window collected: the counts and the opinions' text (never who wrote them).</summary>
public sealed record PlanFeedbackWindow(FeedbackCounts Counts, IReadOnlyList<string> Opinions);
