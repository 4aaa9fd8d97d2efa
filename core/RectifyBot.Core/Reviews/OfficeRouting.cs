using RectifyBot.Core.Access;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Measures.Notices;
using RectifyBot.Core.Roster;

namespace RectifyBot.Core.Reviews;

/// <summary>
/// The office's part of routing (DOMAIN.md §1): forward a via-the-office submission to the suggested school leader or
/// another one (one action), or, when the route fell back to the office, assign a reviewer. The office never decides.
/// Both the first office action stands; every office copy is updated, the reviewer gets their copy, the author is told.
/// </summary>
public sealed class OfficeRouting(MeasureTransitions transitions)
{
    public Task<MeasureActionOutcome> ForwardAsync(Person viewer, string authorNumber, int version, string reviewerNumber, CancellationToken cancellationToken = default) =>
        RouteAsync(viewer, authorNumber, version, reviewerNumber, MeasureStatus.AwaitingForward, cancellationToken);

    public Task<MeasureActionOutcome> AssignAsync(Person viewer, string authorNumber, int version, string reviewerNumber, CancellationToken cancellationToken = default) =>
        RouteAsync(viewer, authorNumber, version, reviewerNumber, MeasureStatus.AwaitingAssignment, cancellationToken);

    /// <summary>School leaders a via-the-office submission may be forwarded to: the route's suggestion first.</summary>
    public static IReadOnlyList<Person> ForwardCandidates(SubmissionVersion version, Roster.Roster roster)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(roster);
        var leaders = roster.Holders(Position.UniversityLeadershipMember).Concat(roster.Holders(Position.UniversityPrincipalLeader))
            .Where(p => p.Active && p.Number != version.AuthorNumber)
            .DistinctBy(p => p.Number);
        return [.. leaders.OrderBy(p => version.Route.Reviewers.Contains(p.Number) ? 0 : 1).ThenBy(p => p.Number, StringComparer.Ordinal)];
    }

    private async Task<MeasureActionOutcome> RouteAsync(
        Person viewer, string authorNumber, int version, string reviewerNumber, MeasureStatus awaited, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var roster = await transitions.RosterAsync(cancellationToken).ConfigureAwait(false);
        var measures = await transitions.Measures.LoadAsync(authorNumber, cancellationToken).ConfigureAwait(false);
        if (roster.Person(authorNumber) is not { } author || measures.Version(version) is not { } current)
        {
            return new MeasureActionOutcome(MeasureActionResult.NotFound);
        }

        MeasureActionOutcome Outcome(MeasureActionResult result) => new(result, current, author, measures, roster);
        if (VersionChecks.RefusalFor(measures, version) is { } refusal)
        {
            return Outcome(refusal);
        }

        var allowed = awaited == MeasureStatus.AwaitingForward ? AccessPolicy.CanForward(viewer, current.Route) : AccessPolicy.CanAssignReviewer(viewer);
        if (!allowed)
        {
            return Outcome(MeasureActionResult.NotAllowed);
        }

        if (current.Status != awaited)
        {
            // Another office staff member acted first; the same choice again is a retry.
            var same = current.Status == MeasureStatus.AwaitingReview && current.Reviewers.SequenceEqual([reviewerNumber?.Trim() ?? ""]);
            return Outcome(same ? MeasureActionResult.AlreadyDone : MeasureActionResult.NotAwaitingThis);
        }

        if (roster.Person(reviewerNumber?.Trim()) is not { Active: true } reviewer || reviewer.Number == author.Number || reviewer.Number == viewer.Number
            || (awaited == MeasureStatus.AwaitingForward && !ForwardCandidates(current, roster).Any(p => p.Number == reviewer.Number)))
        {
            return Outcome(MeasureActionResult.UnknownReviewer);
        }

        var now = transitions.Time.GetUtcNow();
        var after = current with { Status = MeasureStatus.AwaitingReview, Reviewers = [reviewer.Number] };
        var kind = awaited == MeasureStatus.AwaitingForward ? MeasureEventKind.Forwarded : MeasureEventKind.Assigned;
        MeasureNotice To(MeasureNoticeKind k, Person recipient, MeasureNoticeKind? closes = null) => new(k, recipient, author, after, measures, roster, viewer.Number, closes);
        var notices = roster.Holders(Position.OfficeStaff).Select(o => To(MeasureNoticeKind.CopyClosed, o, MeasureNoticeKind.OfficeCopy))
            .Append(To(MeasureNoticeKind.ReviewCopy, reviewer))
            .Append(To(MeasureNoticeKind.ReviewerChosenToAuthor, author));
        var saved = await transitions.SaveAsync(measures, after, [new MeasureEvent(now, viewer.Number, kind, version, null, reviewer.Number)], notices, cancellationToken).ConfigureAwait(false);
        return saved is null
            ? Outcome(MeasureActionResult.NotAwaitingThis)
            : new MeasureActionOutcome(MeasureActionResult.Done, saved.Version(version), author, saved, roster);
    }
}
