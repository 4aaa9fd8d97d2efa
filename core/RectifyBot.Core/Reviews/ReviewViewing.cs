using RectifyBot.Core.Access;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Roster;

namespace RectifyBot.Core.Reviews;

/// <summary>
/// Opens one version for a viewer (a review card from the queue, or Teams refreshing a copy): the text only for those
/// "Who sees what" allows, and what the viewer may do with it now.
/// </summary>
public sealed class ReviewViewing(IMeasureRepository measures, IRosterRepository rosters)
{
    public async Task<ReviewView?> OpenAsync(Person viewer, string authorNumber, int version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        var all = await measures.LoadAsync(authorNumber, cancellationToken).ConfigureAwait(false);
        if (roster.Person(authorNumber) is not { } author || all.Version(version) is not { } found)
        {
            return null;
        }

        // Those who may decide now, and whoever decided; a via-the-office suggestion sees nothing before it is forwarded.
        string[] decider = found.Decision is { External: false } d ? [d.ByNumber] : [];
        var route = found.Route with { Reviewers = [.. found.Reviewers.Union(decider, StringComparer.Ordinal)] };
        if (!AccessPolicy.CanReadMeasureText(viewer, author, route))
        {
            return null;
        }

        var latest = all.Latest!.Version == version;
        var routeNow = found.Route with { Reviewers = found.Reviewers };
        var action = !latest ? ReviewAction.None : found.Status switch
        {
            MeasureStatus.AwaitingReview when AccessPolicy.CanDecide(viewer, author, routeNow) => ReviewAction.Decide,
            MeasureStatus.AwaitingForward when AccessPolicy.CanForward(viewer, found.Route) => ReviewAction.Forward,
            MeasureStatus.AwaitingAssignment when AccessPolicy.CanAssignReviewer(viewer) => ReviewAction.Assign,
            MeasureStatus.AwaitingExternalDecision when AccessPolicy.CanRecordExternalDecision(viewer, author, found.Route) => ReviewAction.RecordExternal,
            _ => ReviewAction.None,
        };
        return new ReviewView(viewer, author, found, all, roster, action);
    }
}

/// <summary>What the viewer may do with the version now.</summary>
public enum ReviewAction
{
    None,
    Decide,
    Forward,
    Assign,
    RecordExternal,
}

public sealed record ReviewView(Person Viewer, Person Author, SubmissionVersion Version, MemberMeasures Measures, Roster.Roster Roster, ReviewAction Action);
