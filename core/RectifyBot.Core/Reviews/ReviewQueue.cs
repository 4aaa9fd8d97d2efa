using RectifyBot.Core.Access;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Roster;

namespace RectifyBot.Core.Reviews;

/// <summary>
/// "待我审核": what waits for the viewer, oldest first — versions they may decide, and for the office those to
/// forward, assign or record. Read from the open versions, so it is right even for copies that never reached Teams.
/// </summary>
public sealed class ReviewQueue(IMeasureRepository measures, IRosterRepository rosters)
{
    public async Task<ReviewQueueView> ForAsync(Person viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        var office = AccessPolicy.IsOffice(viewer);
        var items = new List<SubmissionVersion>();
        await foreach (var version in measures.ListOpenAsync(cancellationToken).ConfigureAwait(false))
        {
            var mine = version.Status switch
            {
                MeasureStatus.AwaitingReview => viewer.Active && version.IsReviewer(viewer.Number) && version.AuthorNumber != viewer.Number,
                MeasureStatus.AwaitingForward or MeasureStatus.AwaitingAssignment or MeasureStatus.AwaitingExternalDecision => office && version.AuthorNumber != viewer.Number,
                _ => false,
            };
            if (mine)
            {
                items.Add(version);
            }
        }

        return new ReviewQueueView(viewer, [.. items.OrderBy(v => v.SubmittedAt)], roster);
    }
}

/// <summary>The viewer's queue, oldest first, with the roster to name authors.</summary>
public sealed record ReviewQueueView(Person Viewer, IReadOnlyList<SubmissionVersion> Items, Roster.Roster Roster)
{
    public int Count(MeasureStatus status) => Items.Count(i => i.Status == status);
}
