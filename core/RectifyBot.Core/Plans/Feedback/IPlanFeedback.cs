namespace RectifyBot.Core.Plans.Feedback;

/// <summary>
/// The port the survey mechanism (ratings in Teams, one-time web links; issue 6) answers for what a unit publishes for
/// feedback: a plan version or its rectification status (<see cref="FeedbackSubject"/>). The workflows open the window
/// once the publication is saved and read the tally when it closes; how answers are collected and kept anonymous is
/// the survey side's.
/// </summary>
public interface IPlanFeedback
{
    /// <summary>
    /// Asks everyone in the publication's scope: a rating card to those the bot can message, a one-time link for the
    /// others (returned for the publisher's printable sheet). Opening a subject already open changes nothing.
    /// </summary>
    /// <param name="subject">The published plan version or status report.</param>
    /// <param name="publication">Its scope and window.</param>
    /// <param name="publisherNumber">Who published it (kept as the window's creator).</param>
    /// <param name="roster">The roster the scope is read from.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    Task<FeedbackOpening> OpenAsync(FeedbackSubject subject, PlanPublication publication, string publisherNumber, Roster.Roster roster, CancellationToken cancellationToken = default);

    /// <summary>
    /// Tells the publisher of a window opened after their turn had ended who was asked and how to print the links for
    /// the others (in Teams, once per window).
    /// </summary>
    /// <param name="opening">What opening the window did.</param>
    /// <param name="publisher">Who published the plan version or status report.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    Task TellPublisherAsync(FeedbackOpening opening, Roster.Person publisher, CancellationToken cancellationToken = default);

    /// <param name="subject">The published plan version or status report.</param>
    /// <param name="asked">How many people the publication reached (the scope's size), for the quorum when no window was opened.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<PlanFeedbackWindow> TallyAsync(FeedbackSubject subject, int asked, CancellationToken cancellationToken = default);
}
