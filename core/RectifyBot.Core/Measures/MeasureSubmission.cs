using RectifyBot.Core.Measures.Notices;
using RectifyBot.Core.Reviews;
using RectifyBot.Core.Roster;

namespace RectifyBot.Core.Measures;

/// <summary>
/// Submit a complete draft as the member's next version, with its route fixed now (a revision keeps the returned
/// version's route and reviewer), and withdraw a version before its first decision.
/// </summary>
public sealed class MeasureSubmission(MeasureTransitions transitions, IRouteOverrides overrides)
{
    public async Task<MeasureActionOutcome> SubmitAsync(Person author, int draftRevision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(author);
        var draft = await transitions.Measures.FindDraftAsync(author.Number, cancellationToken).ConfigureAwait(false);
        var roster = await transitions.RosterAsync(cancellationToken).ConfigureAwait(false);
        var measures = await transitions.Measures.LoadAsync(author.Number, cancellationToken).ConfigureAwait(false);
        author = roster.Person(author.Number) ?? author;
        if (measures.Latest is { } latest && (latest.Status.IsOpen() || latest.Status == MeasureStatus.Approved))
        {
            // Teams retries: a submit of this draft that already went through shows the stored version.
            var retried = draft is null && latest.Status.IsOpen();
            return new MeasureActionOutcome(retried ? MeasureActionResult.AlreadyDone : MeasureActionResult.AlreadySubmitted, latest, author, measures, roster);
        }

        if (draft is null || draft.Revision != draftRevision || !DraftCompleteness.IsComplete(draft))
        {
            return new MeasureActionOutcome(MeasureActionResult.DraftNotReady, measures.Latest, author, measures, roster);
        }

        var now = transitions.Time.GetUtcNow();
        var number = (measures.Latest?.Version ?? 0) + 1;
        var version = NewVersion(author, draft, number, measures, roster, now,
            await overrides.FindAsync(author.Number, cancellationToken).ConfigureAwait(false));
        var notices = CopiesFor(version, author, measures, roster, author.Number);
        var saved = await transitions.SaveAsync(
            measures, version, [new MeasureEvent(now, author.Number, MeasureEventKind.Submitted, number, null, null)], notices, cancellationToken, consumedDraft: draft).ConfigureAwait(false);
        return saved is null
            ? new MeasureActionOutcome(MeasureActionResult.DraftNotReady, measures.Latest, author, measures, roster)
            : new MeasureActionOutcome(MeasureActionResult.Done, saved.Version(number), author, saved, roster);
    }

    /// <summary>The member's latest version, if any.</summary>
    public async Task<SubmissionVersion?> LatestAsync(Person author, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(author);
        return (await transitions.Measures.LoadAsync(author.Number, cancellationToken).ConfigureAwait(false)).Latest;
    }

    public async Task<MeasureActionOutcome> WithdrawAsync(Person author, int version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(author);
        var roster = await transitions.RosterAsync(cancellationToken).ConfigureAwait(false);
        var measures = await transitions.Measures.LoadAsync(author.Number, cancellationToken).ConfigureAwait(false);
        if (measures.Version(version) is not { } current)
        {
            return new MeasureActionOutcome(MeasureActionResult.NotFound);
        }

        MeasureActionOutcome Outcome(MeasureActionResult result) => new(result, current, author, measures, roster);
        if (current.Status == MeasureStatus.Withdrawn)
        {
            return Outcome(MeasureActionResult.AlreadyDone);
        }

        if (VersionChecks.RefusalFor(measures, version) is { } refusal)
        {
            return Outcome(refusal);
        }

        if (current.Decision is not null || !current.Status.IsOpen())
        {
            return Outcome(MeasureActionResult.AlreadyDecided);
        }

        var now = transitions.Time.GetUtcNow();
        var after = current with { Status = MeasureStatus.Withdrawn, WithdrawnAt = now };
        var saved = await transitions.SaveAsync(
            measures, after, [new MeasureEvent(now, author.Number, MeasureEventKind.Withdrawn, version, null, null)],
            ClosingsOf(current, after, author, measures, roster, author.Number), cancellationToken).ConfigureAwait(false);
        if (saved is null)
        {
            // A reviewer decided in the meantime: that decision stands.
            var reread = await transitions.Measures.LoadAsync(author.Number, cancellationToken).ConfigureAwait(false);
            return new MeasureActionOutcome(MeasureActionResult.AlreadyDecided, reread.Version(version), author, reread, roster);
        }

        return new MeasureActionOutcome(MeasureActionResult.Done, saved.Version(version), author, saved, roster);
    }

    /// <summary>Where a new version goes: a revision to the same route and reviewer; a first version by the rules.</summary>
    private static SubmissionVersion NewVersion(
        Person author, MeasureDraft draft, int number, MemberMeasures measures, Roster.Roster roster, DateTimeOffset now, RouteOverride? routeOverride)
    {
        var revised = draft.Revises is { } r ? measures.Version(r) : measures.Latest;
        var (route, reviewers, status) = revised is { Decision: not null } or { Status: MeasureStatus.Withdrawn, Reviewers.Count: > 0 }
            ? (revised.Route, revised.Reviewers, revised.Route.ExternalDecision ? MeasureStatus.AwaitingExternalDecision : MeasureStatus.AwaitingReview)
            : FirstRoute(ReviewRouter.RouteFor(author, roster, routeOverride));
        if (revised is { Decision.External: true })
        {
            (reviewers, status) = ([], MeasureStatus.AwaitingExternalDecision);
        }

        return new SubmissionVersion
        {
            AuthorNumber = author.Number,
            Version = number,
            Problems = [.. draft.Problems.Select(p => DraftCompleteness.Complete(p)!)],
            Commitment = draft.Commitment!.Trim(),
            Lessons = string.IsNullOrWhiteSpace(draft.Lessons) ? null : draft.Lessons.Trim(),
            Route = route,
            Reviewers = reviewers,
            Status = status,
            SubmittedAt = now,
            AuthorUnitCode = author.PartyUnitCode,
        };
    }

    /// <summary>Who may decide a version routed by <paramref name="route"/> and what it awaits first.</summary>
    internal static (ReviewRoute Route, IReadOnlyList<string> Reviewers, MeasureStatus Status) FirstRoute(ReviewRoute route) => route switch
    {
        { ExternalDecision: true } => (route, [], MeasureStatus.AwaitingExternalDecision),
        { Fallback: not null } => (route, [], MeasureStatus.AwaitingAssignment),

        // The office sees it first; the suggested reviewers are the route's, who may decide once forwarded.
        { ViaOffice: true, Override: null } => (route, [], MeasureStatus.AwaitingForward),
        _ => (route, route.Reviewers, MeasureStatus.AwaitingReview),
    };

    /// <summary>The copies a newly submitted version sends: reviewers', or the office's, and the inspection group's.</summary>
    internal static IEnumerable<MeasureNotice> CopiesFor(SubmissionVersion version, Person author, MemberMeasures measures, Roster.Roster roster, string actor)
    {
        MeasureNotice To(MeasureNoticeKind kind, Person recipient) => new(kind, recipient, author, version, measures, roster, actor);
        var copies = version.Status == MeasureStatus.AwaitingReview
            ? version.Reviewers.Select(roster.Person).OfType<Person>().Select(r => To(MeasureNoticeKind.ReviewCopy, r))
            : roster.Holders(Position.OfficeStaff).Where(o => o.Active && o.Number != author.Number).Select(o => To(MeasureNoticeKind.OfficeCopy, o));
        var assisting = version.Route.InspectionGroupAssists
            ? roster.Holders(Position.InspectionGroupMember).Where(p => p.Active && p.Number != author.Number).Select(p => To(MeasureNoticeKind.AssistCopy, p))
            : [];
        return copies.Concat(assisting);
    }

    /// <summary>Updates in place of every copy the version's state had sent out.</summary>
    internal static IEnumerable<MeasureNotice> ClosingsOf(
        SubmissionVersion before, SubmissionVersion after, Person author, MemberMeasures measures, Roster.Roster roster, string actor)
    {
        MeasureNotice Close(Person recipient, MeasureNoticeKind copy) => new(MeasureNoticeKind.CopyClosed, recipient, author, after, measures, roster, actor, copy);
        var copies = before.Status == MeasureStatus.AwaitingReview
            ? before.Reviewers.Select(roster.Person).OfType<Person>().Select(r => Close(r, MeasureNoticeKind.ReviewCopy))
            : roster.Holders(Position.OfficeStaff).Select(o => Close(o, MeasureNoticeKind.OfficeCopy));
        var assisting = before.Route.InspectionGroupAssists
            ? roster.Holders(Position.InspectionGroupMember).Select(p => Close(p, MeasureNoticeKind.AssistCopy))
            : [];
        return copies.Concat(assisting);
    }
}
