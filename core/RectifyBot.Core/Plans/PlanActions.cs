using System.Globalization;
using RectifyBot.Core.Access;
using RectifyBot.Core.Plans.Feedback;
using RectifyBot.Core.Plans.Notices;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Stages;

namespace RectifyBot.Core.Plans;

/// <summary>
/// A unit's plan from publication to acknowledgement (DOMAIN.md §2): draft → published for supervision → revision
/// required / accepted / the office decides → filed → acknowledged. Every transition is checked against
/// <see cref="AccessPolicy"/> and kept with who, when and what.
/// </summary>
public sealed class PlanActions(
    IPlanRepository plans, IPlanAreaRepository areas, IRosterRepository rosters, IPlanFeedback feedback, PlanTransitions transitions, TimeProvider time)
{
    public IPlanRepository Plans => plans;

    /// <summary>Publishes the unit's draft as the next version to <paramref name="scope"/>, with a window open to the end of <paramref name="lastDay"/> (CST).</summary>
    public async Task<PlanActionOutcome> PublishAsync(Person actor, string unitCode, PlanScope? scope, DateOnly? lastDay, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        if (roster.Unit(unitCode) is not { } unit)
        {
            return new PlanActionOutcome(PlanActionResult.NotFound);
        }

        if (!AccessPolicy.CanActOnPlan(actor, unitCode, roster))
        {
            return new PlanActionOutcome(PlanActionResult.NotAllowed);
        }

        var plan = await plans.LoadAsync(unitCode, cancellationToken).ConfigureAwait(false);
        if (!plan.CanPublishNext)
        {
            return new PlanActionOutcome(PlanActionResult.NotAwaitingThis, plan);
        }

        if (await plans.FindDraftAsync(unitCode, cancellationToken).ConfigureAwait(false) is not { } draft)
        {
            return new PlanActionOutcome(PlanActionResult.NoDraft, plan);
        }

        var offered = PlanAreas.Offered(await areas.ListAsync(cancellationToken).ConfigureAwait(false));
        var problems = PlanCheck.Publication(draft, scope, lastDay, roster, offered, ChinaTime.Today(time));
        if (problems.Count > 0)
        {
            return new PlanActionOutcome(PlanActionResult.Invalid, plan, problems);
        }

        var now = time.GetUtcNow();
        var version = new PlanVersion
        {
            UnitCode = unitCode,
            Version = (plan.Latest?.Version ?? 0) + 1,
            AuthorNumber = actor.Number,
            ParentUnitCode = unit.ParentCode,
            Items = PlanCheck.Items(draft),
            Publication = new PlanPublication(scope!.Value, now, lastDay!.Value, ChinaTime.EndOfDayUtc(lastDay.Value)),
            Status = PlanStatus.PublishedForSupervision,
        };
        var detail = string.Create(CultureInfo.InvariantCulture, $"{scope} until {lastDay:yyyy-MM-dd}");
        var saved = await transitions.SaveAsync(
            plan, version, [new PlanEvent(now, actor.Number, PlanEventKind.Published, version.Version, null, detail)], [], cancellationToken,
            consumedDraft: draft).ConfigureAwait(false);
        if (saved is null)
        {
            return new PlanActionOutcome(PlanActionResult.Conflict, plan);
        }

        // Asked only once the version is saved: nobody rates a plan that was never published. A crash in between is
        // caught up by OpenMissingFeedbackAsync (the daily window run).
        var opening = await feedback.OpenAsync(FeedbackSubject.Plan(unitCode, version.Version), version.Publication, actor.Number, roster, cancellationToken).ConfigureAwait(false);
        return new PlanActionOutcome(PlanActionResult.Done, saved) { Feedback = opening };
    }

    /// <summary>
    /// Opens the feedback window of every version published for supervision whose window is still open and was never
    /// opened (the publisher's turn ended between saving and asking); returns how many were opened.
    /// </summary>
    public async Task<int> OpenMissingFeedbackAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var open = new List<(FeedbackSubject, PlanPublication, string)>();
        await foreach (var version in plans.ListVersionsAsync(PlanStatus.PublishedForSupervision, cancellationToken).ConfigureAwait(false))
        {
            if (version.Publication.ClosesAt > now)
            {
                open.Add((FeedbackSubject.Plan(version.UnitCode, version.Version), version.Publication, version.AuthorNumber));
            }
        }

        return await feedback.OpenMissingAsync(open, rosters, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The feedback window of <paramref name="version"/> has closed (the timer calls this): the majority rule decides
    /// between revision, the office and acceptance.
    /// </summary>
    public async Task<PlanActionOutcome> CloseWindowAsync(string unitCode, int version, CancellationToken cancellationToken = default)
    {
        var plan = await plans.LoadAsync(unitCode, cancellationToken).ConfigureAwait(false);
        if (plan.Version(version) is not { } current)
        {
            return new PlanActionOutcome(PlanActionResult.NotFound, plan);
        }

        var now = time.GetUtcNow();
        if (current.Status != PlanStatus.PublishedForSupervision || current.Publication.ClosesAt > now)
        {
            return new PlanActionOutcome(PlanActionResult.NotAwaitingThis, plan);
        }

        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        var asked = PlanAudience.For(current.Publication.Scope, unitCode, roster).Count;
        var window = await feedback.TallyAsync(FeedbackSubject.Plan(unitCode, version), asked, cancellationToken).ConfigureAwait(false);
        var verdict = MajorityRule.Decide(window.Counts);
        var decided = current with { Decision = new PlanDecision(window.Counts, verdict, now) };
        var counts = Counts(window.Counts);
        return verdict switch
        {
            MajorityVerdict.MostDissatisfied => await RequireRevisionAsync(plan, decided, PlanEvent.System, PlanEventKind.RevisionRequired, counts, window.Opinions, [], roster, cancellationToken).ConfigureAwait(false),
            MajorityVerdict.InsufficientResponse => Saved(await transitions.SaveAsync(
                plan,
                decided with { Status = PlanStatus.AwaitingOfficeDecision },
                [new PlanEvent(now, PlanEvent.System, PlanEventKind.SentToOffice, version, null, counts)],
                PlanLeaders.Office(roster).Select(o => new PlanNotice(PlanNoticeKind.OfficeDecisionCopy, o, decided with { Status = PlanStatus.AwaitingOfficeDecision }, roster, PlanEvent.System, window.Opinions)),
                cancellationToken).ConfigureAwait(false), plan),
            _ => await AcceptAsync(plan, decided, PlanEvent.System, PlanEventKind.Accepted, counts, [], roster, cancellationToken).ConfigureAwait(false),
        };
    }

    /// <summary>Closes every window that has ended; returns how many plans moved on.</summary>
    public async Task<int> CloseDueWindowsAsync(CancellationToken cancellationToken = default)
    {
        var due = new List<PlanVersion>();
        await foreach (var version in plans.ListClosedWindowsAsync(time.GetUtcNow(), cancellationToken).ConfigureAwait(false))
        {
            due.Add(version);
        }

        var moved = 0;
        foreach (var version in due)
        {
            var outcome = await CloseWindowAsync(version.UnitCode, version.Version, cancellationToken).ConfigureAwait(false);
            moved += outcome.Result == PlanActionResult.Done ? 1 : 0;
        }

        return moved;
    }

    /// <summary>After an insufficient response the office accepts the plan or requires a revision (with a comment).</summary>
    public async Task<PlanActionOutcome> DecideAsync(Person actor, string unitCode, int version, bool accept, string? comment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!AccessPolicy.CanDecidePlan(actor))
        {
            return new PlanActionOutcome(PlanActionResult.NotAllowed);
        }

        var plan = await plans.LoadAsync(unitCode, cancellationToken).ConfigureAwait(false);
        if (plan.Version(version) is not { } current)
        {
            return new PlanActionOutcome(PlanActionResult.NotFound, plan);
        }

        if (current.Status != PlanStatus.AwaitingOfficeDecision)
        {
            return new PlanActionOutcome(current.Decision?.OfficeNumber == actor.Number ? PlanActionResult.AlreadyDone : PlanActionResult.NotAwaitingThis, plan);
        }

        comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (!accept && comment is null)
        {
            return new PlanActionOutcome(PlanActionResult.CommentRequired, plan);
        }

        if (comment?.Length > PlanLimits.Comment)
        {
            return new PlanActionOutcome(PlanActionResult.CommentTooLong, plan);
        }

        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        var decided = current with { Decision = current.Decision! with { OfficeNumber = actor.Number, OfficeComment = comment } };
        var closed = PlanLeaders.Office(roster).Select(o => new PlanNotice(PlanNoticeKind.OfficeDecisionClosed, o, decided, roster, actor.Number)).ToList();
        return accept
            ? await AcceptAsync(plan, decided, actor.Number, PlanEventKind.OfficeAccepted, comment, closed, roster, cancellationToken).ConfigureAwait(false)
            : await RequireRevisionAsync(plan, decided, actor.Number, PlanEventKind.OfficeRequiredRevision, comment, comment is null ? [] : [comment], closed, roster, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Files the accepted plan with the parent unit (备案); the parent's leaders get a card to acknowledge it.</summary>
    public async Task<PlanActionOutcome> FileAsync(Person actor, string unitCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        if (!AccessPolicy.CanActOnPlan(actor, unitCode, roster))
        {
            return new PlanActionOutcome(PlanActionResult.NotAllowed);
        }

        var plan = await plans.LoadAsync(unitCode, cancellationToken).ConfigureAwait(false);
        if (plan.Latest is not { } current)
        {
            return new PlanActionOutcome(PlanActionResult.NotFound, plan);
        }

        if (current.Status is PlanStatus.Filed or PlanStatus.Acknowledged)
        {
            return new PlanActionOutcome(PlanActionResult.AlreadyDone, plan);
        }

        if (current.Status != PlanStatus.Accepted)
        {
            return new PlanActionOutcome(PlanActionResult.NotAwaitingThis, plan);
        }

        if (current.ParentUnitCode is not { } parent)
        {
            return new PlanActionOutcome(PlanActionResult.NoParent, plan);
        }

        var now = time.GetUtcNow();
        var filed = current with { Status = PlanStatus.Filed, FiledAt = now, FiledByNumber = actor.Number };
        var saved = await transitions.SaveAsync(
            plan, filed, [new PlanEvent(now, actor.Number, PlanEventKind.Filed, current.Version, null, parent)],
            PlanLeaders.FilingRecipients(parent, roster).Select(r => new PlanNotice(PlanNoticeKind.FilingCopy, r, filed, roster, actor.Number)),
            cancellationToken).ConfigureAwait(false);
        return Saved(saved, plan);
    }

    /// <summary>A leader of the parent unit acknowledges the filing; the other copies are closed and the author is told.</summary>
    public async Task<PlanActionOutcome> AcknowledgeAsync(Person actor, string unitCode, int version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var plan = await plans.LoadAsync(unitCode, cancellationToken).ConfigureAwait(false);
        if (plan.Version(version) is not { ParentUnitCode: { } parent } current)
        {
            return new PlanActionOutcome(PlanActionResult.NotFound, plan);
        }

        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        if (!AccessPolicy.CanActForParent(actor, parent, roster))
        {
            return new PlanActionOutcome(PlanActionResult.NotAllowed, plan);
        }

        if (current.Status == PlanStatus.Acknowledged)
        {
            return new PlanActionOutcome(PlanActionResult.AlreadyDone, plan);
        }

        if (current.Status != PlanStatus.Filed)
        {
            return new PlanActionOutcome(PlanActionResult.NotAwaitingThis, plan);
        }

        var now = time.GetUtcNow();
        var acknowledged = current with { Status = PlanStatus.Acknowledged, AcknowledgedAt = now, AcknowledgedByNumber = actor.Number };
        var notices = PlanLeaders.FilingRecipients(parent, roster)
            .Select(r => new PlanNotice(PlanNoticeKind.FilingClosed, r, acknowledged, roster, actor.Number))
            .Concat(Author(acknowledged, roster, PlanNoticeKind.AcknowledgedToAuthor, actor.Number));
        var saved = await transitions.SaveAsync(
            plan, acknowledged, [new PlanEvent(now, actor.Number, PlanEventKind.Acknowledged, version, null, null)], notices, cancellationToken).ConfigureAwait(false);
        return Saved(saved, plan);
    }

    /// <summary>Someone of the parent unit takes ownership of coordinating a 上级协调 item.</summary>
    public async Task<PlanActionOutcome> TakeCoordinationAsync(Person actor, string unitCode, int version, int item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var plan = await plans.LoadAsync(unitCode, cancellationToken).ConfigureAwait(false);
        if (plan.Coordinations.FirstOrDefault(c => c.Version == version && c.Item == item) is not { } coordination)
        {
            return new PlanActionOutcome(PlanActionResult.NotFound, plan);
        }

        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        if (!AccessPolicy.CanActForParent(actor, coordination.ParentUnitCode, roster))
        {
            return new PlanActionOutcome(PlanActionResult.NotAllowed, plan);
        }

        if (coordination.OwnerNumber is { } owner)
        {
            return new PlanActionOutcome(owner == actor.Number ? PlanActionResult.AlreadyDone : PlanActionResult.AlreadyTaken, plan);
        }

        var now = time.GetUtcNow();
        var saved = await transitions.SaveAsync(
            plan, null, [new PlanEvent(now, actor.Number, PlanEventKind.CoordinationTaken, version, item, coordination.ParentUnitCode)], [], cancellationToken,
            coordinations: [coordination with { OwnerNumber = actor.Number, TakenAt = now }]).ConfigureAwait(false);
        return Saved(saved, plan);
    }

    private async Task<PlanActionOutcome> AcceptAsync(
        UnitPlan plan, PlanVersion decided, string by, PlanEventKind kind, string? detail, IReadOnlyList<PlanNotice> closed, Roster.Roster roster, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var accepted = decided with { Status = PlanStatus.Accepted };
        var saved = await transitions.SaveAsync(
            plan, accepted, [new PlanEvent(now, by, kind, accepted.Version, null, detail)],
            closed.Concat(Author(accepted, roster, PlanNoticeKind.AcceptedToAuthor, by)), cancellationToken,
            entries: PlanEntries.For(accepted, now), coordinations: PlanEntries.Coordinations(accepted)).ConfigureAwait(false);
        return Saved(saved, plan);
    }

    private async Task<PlanActionOutcome> RequireRevisionAsync(
        UnitPlan plan, PlanVersion decided, string by, PlanEventKind kind, string? detail, IReadOnlyList<string> opinions, IReadOnlyList<PlanNotice> closed,
        Roster.Roster roster, CancellationToken cancellationToken)
    {
        var revise = decided with { Status = PlanStatus.RevisionRequired };
        var notices = closed.Concat(Author(revise, roster, PlanNoticeKind.RevisionToAuthor, by).Select(n => n with { Opinions = opinions }));
        var saved = await transitions.SaveAsync(
            plan, revise, [new PlanEvent(time.GetUtcNow(), by, kind, revise.Version, null, detail)], notices, cancellationToken).ConfigureAwait(false);
        return Saved(saved, plan);
    }

    private static IEnumerable<PlanNotice> Author(PlanVersion version, Roster.Roster roster, PlanNoticeKind kind, string actorNumber) =>
        roster.Person(version.AuthorNumber) is { Active: true } author ? [new PlanNotice(kind, author, version, roster, actorNumber)] : [];

    private static string Counts(FeedbackCounts c) => string.Create(
        CultureInfo.InvariantCulture, $"asked {c.Asked}: satisfied {c.Satisfied}, basically {c.BasicallySatisfied}, dissatisfied {c.Dissatisfied}, do not know {c.DoNotKnow}");

    private static PlanActionOutcome Saved(UnitPlan? saved, UnitPlan before) =>
        saved is null ? new PlanActionOutcome(PlanActionResult.Conflict, before) : new PlanActionOutcome(PlanActionResult.Done, saved);
}
