using Microsoft.Extensions.Logging;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Measures.Notices;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Roster.Import;

namespace RectifyBot.Core.Reviews;

/// <summary>
/// After a roster change, every open version whose reviewer the change removed goes to whoever the rules name now, or
/// back to the office (DOMAIN.md §1: "open items are re-routed and both sides are told"). A reviewer is removed when
/// they are no longer active, or, for a reviewer the rules (or the office's override) chose, when the rules no longer
/// name them. A reviewer the office forwarded or assigned to stays until they leave. Running it again changes nothing.
/// </summary>
public sealed partial class OpenReviewRerouting(
    MeasureTransitions transitions, IRouteOverrides overrides, ILogger<OpenReviewRerouting> logger) : IRosterSwitchFollowUp
{
    public async Task AfterSwitchAsync(Person operatorPerson, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(operatorPerson);
        try
        {
            var rerouted = await RerouteAsync(operatorPerson.Number, cancellationToken).ConfigureAwait(false);
            LogRerouted(rerouted);
        }
#pragma warning disable CA1031 // The import is switched already; the daily run re-routes what this one could not.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LogFailed(ex.GetType().Name);
        }
    }

    /// <summary>Re-routes every open version that needs it; <paramref name="actorNumber"/> is who changed the roster. Returns how many.</summary>
    public async Task<int> RerouteAsync(string actorNumber, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actorNumber);
        var roster = await transitions.RosterAsync(cancellationToken).ConfigureAwait(false);
        var candidates = new List<SubmissionVersion>();
        await foreach (var open in transitions.Measures.ListOpenAsync(cancellationToken).ConfigureAwait(false))
        {
            if (open.Status == MeasureStatus.AwaitingReview)
            {
                candidates.Add(open);
            }
        }

        var rerouted = 0;
        foreach (var open in candidates)
        {
            if (await RerouteOneAsync(open.AuthorNumber, open.Version, roster, actorNumber, cancellationToken).ConfigureAwait(false))
            {
                rerouted++;
            }
        }

        return rerouted;
    }

    private async Task<bool> RerouteOneAsync(string authorNumber, int versionNumber, Roster.Roster roster, string actorNumber, CancellationToken cancellationToken)
    {
        if (roster.Person(authorNumber) is not { Active: true } author)
        {
            // Someone who left keeps their record as it was; nobody is asked to review it again.
            return false;
        }

        var measures = await transitions.Measures.LoadAsync(authorNumber, cancellationToken).ConfigureAwait(false);
        if (measures.Version(versionNumber) is not { Status: MeasureStatus.AwaitingReview } current || VersionChecks.RefusalFor(measures, versionNumber) is not null)
        {
            return false;
        }

        var routeOverride = await overrides.FindAsync(authorNumber, cancellationToken).ConfigureAwait(false);
        if (Target(current, measures, author, roster, routeOverride) is not { } target)
        {
            return false;
        }

        var removed = current.Reviewers.Where(r => !target.Reviewers.Contains(r, StringComparer.Ordinal)).ToList();
        var added = target.Reviewers.Where(r => !current.Reviewers.Contains(r, StringComparer.Ordinal)).ToList();
        var after = current with { Reviewers = target.Reviewers, Status = target.Status };
        var newReviewer = target.Reviewers.Count > 0 ? target.Reviewers[0] : null;
        MeasureNotice To(MeasureNoticeKind kind, Person recipient, MeasureNoticeKind? closes = null) =>
            new(kind, recipient, author, after, measures, roster, actorNumber, closes);
        var notices = removed.Select(roster.Person).OfType<Person>()
            .SelectMany(old => new[] { To(MeasureNoticeKind.CopyClosed, old, MeasureNoticeKind.ReviewCopy), To(MeasureNoticeKind.ReroutedToOldReviewer, old) })
            .Concat(added.Select(roster.Person).OfType<Person>().Select(r => To(MeasureNoticeKind.ReviewCopy, r)))
            .Concat(target.Status == MeasureStatus.AwaitingReview
                ? []
                : roster.Holders(Position.OfficeStaff).Where(o => o.Active && o.Number != author.Number).Select(o => To(MeasureNoticeKind.OfficeCopy, o)));
        if (!current.Reviewers.Any(target.Reviewers.Contains))
        {
            notices = notices.Append(To(MeasureNoticeKind.ReroutedToAuthor, author));
        }

        var now = transitions.Time.GetUtcNow();
        var saved = await transitions.SaveAsync(
            measures, after, [new MeasureEvent(now, actorNumber, MeasureEventKind.Rerouted, versionNumber, null, newReviewer)], notices, cancellationToken).ConfigureAwait(false);

        // Null: the version changed meanwhile (decided, withdrawn); whatever happened stands.
        return saved is not null;
    }

    /// <summary>Where the version should be now; null when none of its reviewers was removed.</summary>
    private static (IReadOnlyList<string> Reviewers, MeasureStatus Status)? Target(
        SubmissionVersion current, MemberMeasures measures, Person author, Roster.Roster roster, RouteOverride? routeOverride)
    {
        bool Gone(string number) => roster.Person(number) is not { Active: true };

        // Revisions keep their predecessor's reviewers: the last routing step of any version says who chose them.
        var lastRouting = measures.History.LastOrDefault(e => e.Kind is MeasureEventKind.Forwarded or MeasureEventKind.Assigned or MeasureEventKind.Rerouted);
        if (lastRouting?.Kind is MeasureEventKind.Forwarded or MeasureEventKind.Assigned)
        {
            var stillCandidate = lastRouting.Kind == MeasureEventKind.Assigned
                ? (Func<string, bool>)(n => !Gone(n))
                : n => OfficeRouting.ForwardCandidates(current, roster).Any(p => p.Number == n);
            var staying = current.Reviewers.Where(stillCandidate).ToList();
            if (staying.Count == current.Reviewers.Count)
            {
                return null;
            }

            return staying.Count > 0
                ? (staying, MeasureStatus.AwaitingReview)
                : ([], lastRouting.Kind == MeasureEventKind.Forwarded ? MeasureStatus.AwaitingForward : MeasureStatus.AwaitingAssignment);
        }

        var (_, reviewers, status) = MeasureSubmission.FirstRoute(ReviewRouter.RouteFor(author, roster, routeOverride));
        var removed = current.Reviewers.Any(r => Gone(r) || !reviewers.Contains(r, StringComparer.Ordinal));
        return removed ? (reviewers, status) : null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Roster change: {Count} open submissions re-routed")]
    private partial void LogRerouted(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Re-routing open submissions after a roster change failed ({Error}); the daily run retries")]
    private partial void LogFailed(string error);
}
