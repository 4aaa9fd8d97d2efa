namespace RectifyBot.Core.Plans.Feedback;

/// <summary>
/// Opens the feedback windows of publications saved while their publisher's turn ended before the scope was asked
/// (the daily window run): a plan version or a status report whose window is still open but has no survey. The
/// publisher is told that it opened, who was asked, and how to print the links for the others.
/// </summary>
public static class FeedbackCatchUp
{
    /// <summary>Opens each window that was never opened (an opened one is left as it is); returns how many were opened.</summary>
    /// <param name="feedback">The feedback port.</param>
    /// <param name="windows">The publications whose window is still open, with who published each.</param>
    /// <param name="rosters">The roster the scopes are read from (loaded only when there is a window).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public static async Task<int> OpenMissingAsync(
        this IPlanFeedback feedback,
        IReadOnlyList<(FeedbackSubject Subject, PlanPublication Publication, string PublisherNumber)> windows,
        Roster.IRosterRepository rosters,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        ArgumentNullException.ThrowIfNull(windows);
        ArgumentNullException.ThrowIfNull(rosters);
        if (windows.Count == 0)
        {
            return 0;
        }

        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        var opened = 0;
        foreach (var (subject, publication, publisher) in windows)
        {
            var opening = await feedback.OpenAsync(subject, publication, publisher, roster, cancellationToken).ConfigureAwait(false);
            if (opening.AlreadyOpen)
            {
                continue;
            }

            opened++;
            if (roster.Person(publisher) is { } person)
            {
                // The links exist in the clear only in this run, which prints them for nobody: the publisher is told to reissue them.
                await feedback.TellPublisherAsync(opening, person, cancellationToken).ConfigureAwait(false);
            }
        }

        return opened;
    }
}
