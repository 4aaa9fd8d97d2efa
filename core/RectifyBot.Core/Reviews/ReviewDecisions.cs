using RectifyBot.Core.Access;
using RectifyBot.Core.Ledger;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Measures.Notices;
using RectifyBot.Core.Roster;

namespace RectifyBot.Core.Reviews;

/// <summary>
/// Approve or return a version (DOMAIN.md §1): only a routed reviewer, never the author; the first decision stands
/// (the version's ETag makes two reviewers deciding at once end with exactly one decision); a retried click records
/// nothing new. The decision, its history row, the author's notice, the in-place updates of every copy and, on
/// approval, the ledger entries are one transaction.
/// </summary>
public sealed class ReviewDecisions(MeasureTransitions transitions)
{
    public Task<MeasureActionOutcome> DecideAsync(
        Person viewer, string authorNumber, int version, ReviewOutcome outcome, string? comment, CancellationToken cancellationToken = default) =>
        DecideCoreAsync(viewer, authorNumber, version, outcome, comment, external: false, cancellationToken);

    /// <summary>The office records the higher Party committee's decision on the university committee's principal leader.</summary>
    public Task<MeasureActionOutcome> RecordExternalAsync(
        Person viewer, string authorNumber, int version, ReviewOutcome outcome, string? comment, CancellationToken cancellationToken = default) =>
        DecideCoreAsync(viewer, authorNumber, version, outcome, comment, external: true, cancellationToken);

    private async Task<MeasureActionOutcome> DecideCoreAsync(
        Person viewer, string authorNumber, int version, ReviewOutcome outcome, string? comment, bool external, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (outcome == ReviewOutcome.Returned && comment is null)
        {
            return new MeasureActionOutcome(MeasureActionResult.CommentRequired);
        }

        if (comment?.Length > MeasureLimits.ReturnComment)
        {
            return new MeasureActionOutcome(MeasureActionResult.CommentTooLong);
        }

        // Two attempts: a lost race is re-read once, and then reported as the other reviewer's decision.
        for (var attempt = 0; ; attempt++)
        {
            var roster = await transitions.RosterAsync(cancellationToken).ConfigureAwait(false);
            var measures = await transitions.Measures.LoadAsync(authorNumber, cancellationToken).ConfigureAwait(false);
            var author = roster.Person(authorNumber);
            if (author is null || measures.Version(version) is not { } current)
            {
                return new MeasureActionOutcome(MeasureActionResult.NotFound);
            }

            MeasureActionOutcome Outcome(MeasureActionResult result) => new(result, current, author, measures, roster);
            if (current.Decision is { } decided)
            {
                var same = decided.ByNumber == viewer.Number && decided.Outcome == outcome;
                return Outcome(same ? MeasureActionResult.AlreadyDone : MeasureActionResult.AlreadyDecided);
            }

            if (VersionChecks.RefusalFor(measures, version) is { } refusal)
            {
                return Outcome(refusal);
            }

            var routeNow = current.Route with { Reviewers = current.Reviewers };
            var allowed = external
                ? AccessPolicy.CanRecordExternalDecision(viewer, author, routeNow)
                : AccessPolicy.CanDecide(viewer, author, routeNow);
            if (!allowed)
            {
                return Outcome(MeasureActionResult.NotAllowed);
            }

            var awaited = external ? MeasureStatus.AwaitingExternalDecision : MeasureStatus.AwaitingReview;
            if (current.Status != awaited)
            {
                return Outcome(MeasureActionResult.NotAwaitingThis);
            }

            var now = transitions.Time.GetUtcNow();
            var decision = new ReviewDecision(outcome, viewer.Number, now, comment, external);
            var after = current with
            {
                Status = outcome == ReviewOutcome.Approved ? MeasureStatus.Approved : MeasureStatus.Returned,
                Decision = decision,
            };
            var kind = external ? MeasureEventKind.ExternalDecisionRecorded : outcome == ReviewOutcome.Approved ? MeasureEventKind.Approved : MeasureEventKind.Returned;
            var detail = external ? outcome + (comment is null ? "" : ": " + comment) : comment;
            var entries = outcome == ReviewOutcome.Approved ? LedgerEntries(after, author, viewer.Number, now) : [];
            var notices = Notices(after, author, measures, roster, viewer.Number, external);
            if (await transitions.SaveAsync(measures, after, [new MeasureEvent(now, viewer.Number, kind, version, null, detail)], notices, cancellationToken, entries).ConfigureAwait(false) is { } saved)
            {
                return new MeasureActionOutcome(MeasureActionResult.Done, saved.Version(version), author, saved, roster);
            }

            if (attempt > 0)
            {
                return Outcome(MeasureActionResult.AlreadyDecided);
            }
        }
    }

    private static IEnumerable<MeasureNotice> Notices(
        SubmissionVersion after, Person author, MemberMeasures measures, Roster.Roster roster, string actor, bool external)
    {
        MeasureNotice To(MeasureNoticeKind kind, Person recipient, MeasureNoticeKind? closes = null) =>
            new(kind, recipient, author, after, measures, roster, actor, closes);

        yield return To(MeasureNoticeKind.DecisionToAuthor, author);
        foreach (var reviewer in after.Reviewers.Select(roster.Person).OfType<Person>())
        {
            yield return To(MeasureNoticeKind.CopyClosed, reviewer, MeasureNoticeKind.ReviewCopy);
        }

        if (external)
        {
            foreach (var office in roster.Holders(Position.OfficeStaff))
            {
                yield return To(MeasureNoticeKind.CopyClosed, office, MeasureNoticeKind.OfficeCopy);
            }
        }

        if (after.Route.InspectionGroupAssists)
        {
            foreach (var inspector in roster.Holders(Position.InspectionGroupMember))
            {
                yield return To(MeasureNoticeKind.CopyClosed, inspector, MeasureNoticeKind.AssistCopy);
            }
        }
    }

    /// <summary>Each approved problem becomes one ledger entry, owned by the author; the approver is its escalation target.</summary>
    private static List<LedgerEntry> LedgerEntries(SubmissionVersion approved, Person author, string approver, DateTimeOffset now) =>
    [
        .. approved.Problems.Select((p, i) => new LedgerEntry
        {
            Id = LedgerEntry.MeasureEntryId(author.Number, approved.Version, i),
            Source = LedgerSource.Measure,
            OwnerNumber = author.Number,
            UnitCode = approved.AuthorUnitCode ?? author.PartyUnitCode,
            ResponsibleDepartmentCode = author.Post?.UnitCode,
            ResponsiblePersonNumber = author.Number,
            ApprovedByNumber = approver,
            Deadline = p.Deadline,
            Handling = p.Handling,
            Area = p.Area,
            Problem = p.Description,
            Measures = p.Measures,
            Explanation = p.Explanation,
            Milestones = p.Milestones,
            CreatedAt = now,
        }),
    ];
}
