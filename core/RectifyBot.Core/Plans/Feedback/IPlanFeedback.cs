namespace RectifyBot.Core.Plans.Feedback;

/// <summary>
/// The port the survey mechanism (ratings in Teams, one-time web links, paper ballots; issue 6) answers for what a unit
/// publishes for feedback: a plan version or its rectification status (<see cref="FeedbackSubject"/>). The workflows
/// only read the tally when the window closes; how answers are collected and kept anonymous is the survey side's.
/// </summary>
public interface IPlanFeedback
{
    /// <param name="subject">The published plan version or status report.</param>
    /// <param name="asked">How many people the publication reached (the scope's size), for the quorum.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<PlanFeedbackWindow> TallyAsync(FeedbackSubject subject, int asked, CancellationToken cancellationToken = default);
}
