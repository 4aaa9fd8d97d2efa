namespace RectifyBot.Core.Plans.Feedback;

/// <summary>
/// The port the survey mechanism (ratings in Teams, one-time web links, paper ballots; issue 6) answers for a
/// published plan version. The plan workflow only reads the tally when the window closes; how answers are collected
/// and kept anonymous is the survey side's.
/// </summary>
public interface IPlanFeedback
{
    /// <param name="unitCode">The plan's unit.</param>
    /// <param name="version">The published version.</param>
    /// <param name="asked">How many people the publication reached (the scope's size), for the quorum.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<PlanFeedbackWindow> TallyAsync(string unitCode, int version, int asked, CancellationToken cancellationToken = default);
}
