namespace RectifyBot.Core.Plans.Feedback;

/// <summary>
/// Until the survey mechanism answers for plans and status reports, a window collects nothing: the result is "insufficient response" and
/// the office decides, which is what DOMAIN.md asks when too few answered.
/// </summary>
public sealed class NoPlanFeedback : IPlanFeedback
{
    public Task<PlanFeedbackWindow> TallyAsync(FeedbackSubject subject, int asked, CancellationToken cancellationToken = default) =>
        Task.FromResult(new PlanFeedbackWindow(FeedbackCounts.None(asked), []));
}
