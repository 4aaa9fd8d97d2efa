using System.Globalization;
using Microsoft.Extensions.Logging;
using RectifyBot.Core.Access;
using RectifyBot.Core.Delivery;
using RectifyBot.Core.Ledger;
using RectifyBot.Core.Ledger.Views;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Plans;
using RectifyBot.Core.Plans.Feedback;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Stages;

namespace RectifyBot.Core.StatusReports;

/// <summary>
/// 公布整改情况 (DOMAIN.md §5, issue 8 "Publishing status"): a unit's leaders or the office publish the unit's
/// rectification status — a summary generated from its ledger — to a scope for a feedback window, the same way a plan
/// is published for supervision (scope, window, audience, feedback port, majority rule). When the window has closed the
/// majority rule decides: satisfactory, dissatisfied (the unit must do better and publish again) or insufficient
/// response (the office decides); the publisher, the unit's leaders and (unless satisfactory) the office are told
/// through the outbox, written with the decision.
/// </summary>
public sealed partial class StatusPublishing(
    IStatusReportRepository reports,
    IPlanRepository plans,
    LedgerQuery ledger,
    IRosterRepository rosters,
    IPlanFeedback feedback,
    IStatusNotices notices,
    IDeliveryQueue queue,
    TimeProvider time,
    ILogger<StatusPublishing> logger)
{
    /// <summary>The logical table the reports and their notices' outbox rows live in (the repository's).</summary>
    public const string Table = "StatusReports";

    /// <summary>The most explained items a report carries (a plan has at most <see cref="PlanLimits.Items"/> items).</summary>
    public const int MaxExplained = PlanLimits.Items;

    /// <summary>
    /// What would be published now, before the publisher chooses the scope and window: the summary, or why the unit
    /// cannot publish (unknown, not allowed, the previous window still open, nothing in the ledger).
    /// </summary>
    public async Task<StatusPublishOutcome> PreviewAsync(Person actor, string unitCode, CancellationToken cancellationToken = default)
    {
        var (refusal, summary, _) = await CheckAsync(actor, unitCode, cancellationToken).ConfigureAwait(false);
        return refusal ?? new StatusPublishOutcome(StatusPublishResult.Done) { Summary = summary };
    }

    public async Task<StatusPublishOutcome> PublishAsync(Person actor, string unitCode, PlanScope? scope, DateOnly? lastDay, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var problems = PlanCheck.Window(scope, lastDay, ChinaTime.Today(time));
        var (refusal, summary, last) = await CheckAsync(actor, unitCode, cancellationToken, problems).ConfigureAwait(false);
        if (refusal is not null)
        {
            return refusal;
        }

        var now = time.GetUtcNow();
        var report = new StatusReport
        {
            UnitCode = unitCode,
            Number = (last?.Number ?? 0) + 1,
            AuthorNumber = actor.Number,
            Summary = summary!,
            Publication = new PlanPublication(scope!.Value, now, lastDay!.Value, ChinaTime.EndOfDayUtc(lastDay.Value)),
            Status = StatusReportStatus.Published,
        };
        if (!await reports.AddAsync(report, cancellationToken).ConfigureAwait(false))
        {
            return new StatusPublishOutcome(StatusPublishResult.Conflict);
        }

        // Asked only once the report is saved; a crash in between is caught up by OpenMissingFeedbackAsync (the daily window run).
        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        var opening = await feedback.OpenAsync(FeedbackSubject.StatusReport(unitCode, report.Number), report.Publication, actor.Number, roster, cancellationToken).ConfigureAwait(false);
        return new StatusPublishOutcome(StatusPublishResult.Done, report) { Feedback = opening };
    }

    /// <summary>
    /// Opens the feedback window of every published report whose window is still open and was never opened (the
    /// publisher's turn ended between saving and asking); returns how many were opened.
    /// </summary>
    public async Task<int> OpenMissingFeedbackAsync(CancellationToken cancellationToken = default)
    {
        var open = new List<(FeedbackSubject, PlanPublication, string)>();
        await foreach (var report in reports.ListOpenWindowsAsync(time.GetUtcNow(), cancellationToken).ConfigureAwait(false))
        {
            open.Add((FeedbackSubject.StatusReport(report.UnitCode, report.Number), report.Publication, report.AuthorNumber));
        }

        return await feedback.OpenMissingAsync(open, rosters, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The checks, in the order the publisher should hear them: the unit, who acts, the fields' problems (when given),
    /// a window still open, an empty ledger. No refusal: the summary and the unit's latest report.
    /// </summary>
    private async Task<(StatusPublishOutcome? Refusal, StatusSummary? Summary, StatusReport? Last)> CheckAsync(
        Person actor, string unitCode, CancellationToken cancellationToken, IReadOnlyList<PlanProblem>? problems = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        if (roster.Unit(unitCode) is not { } unit)
        {
            return (new StatusPublishOutcome(StatusPublishResult.NotFound), null, null);
        }

        if (!AccessPolicy.CanActOnPlan(actor, unit.Code, roster))
        {
            return (new StatusPublishOutcome(StatusPublishResult.NotAllowed), null, null);
        }

        if (problems is { Count: > 0 })
        {
            return (new StatusPublishOutcome(StatusPublishResult.Invalid, null, problems), null, null);
        }

        var earlier = await reports.ListAsync(unit.Code, cancellationToken).ConfigureAwait(false);
        var last = earlier.Count == 0 ? null : earlier[^1];
        if (last is { Status: StatusReportStatus.Published })
        {
            return (new StatusPublishOutcome(StatusPublishResult.AlreadyOpen, last), null, last);
        }

        var summary = await SummaryAsync(actor, unit.Code, cancellationToken).ConfigureAwait(false);
        return summary.Total == 0 && summary.Explained.Count == 0
            ? (new StatusPublishOutcome(StatusPublishResult.NothingInLedger), summary, last)
            : (null, summary, last);
    }

    /// <summary>The unit's ledger as the publisher sees it, rolled up, and its open plan items that cannot be fixed yet with their explanation.</summary>
    public async Task<StatusSummary> SummaryAsync(Person actor, string unitCode, CancellationToken cancellationToken = default)
    {
        var totals = await ledger.UnitAsync(actor, unitCode, cancellationToken).ConfigureAwait(false);
        var plan = await plans.LoadAsync(unitCode, cancellationToken).ConfigureAwait(false);
        var explained = plan.Entries
            .Where(e => e.Status == LedgerEntryStatus.Open && e.Handling == HandlingKind.CannotFixYet && !string.IsNullOrWhiteSpace(e.Explanation))
            .OrderBy(e => e.Deadline)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .Take(MaxExplained)
            .Select(e => new ExplainedItem(e.Problem, e.Explanation!, e.Deadline))
            .ToList();
        return new StatusSummary(totals?.InProgress ?? 0, totals?.Overdue ?? 0, totals?.DoneOnTime ?? 0, totals?.DoneLate ?? 0, explained);
    }

    /// <summary>The window of report <paramref name="number"/> has closed (the timer calls this): the majority rule decides.</summary>
    public async Task<StatusPublishOutcome> CloseWindowAsync(string unitCode, int number, CancellationToken cancellationToken = default)
    {
        var report = (await reports.ListAsync(unitCode, cancellationToken).ConfigureAwait(false)).FirstOrDefault(r => r.Number == number);
        if (report is null)
        {
            return new StatusPublishOutcome(StatusPublishResult.NotFound);
        }

        var now = time.GetUtcNow();
        if (report.Status != StatusReportStatus.Published || report.Publication.ClosesAt > now)
        {
            return new StatusPublishOutcome(StatusPublishResult.NotAwaitingThis, report);
        }

        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        var asked = PlanAudience.For(report.Publication.Scope, unitCode, roster).Count;
        var window = await feedback.TallyAsync(FeedbackSubject.StatusReport(unitCode, number), asked, cancellationToken).ConfigureAwait(false);
        var verdict = MajorityRule.Decide(window.Counts);
        var closed = report with
        {
            Decision = new PlanDecision(window.Counts, verdict, now),
            Status = verdict switch
            {
                MajorityVerdict.MostDissatisfied => StatusReportStatus.Dissatisfied,
                MajorityVerdict.InsufficientResponse => StatusReportStatus.InsufficientResponse,
                _ => StatusReportStatus.Satisfactory,
            },
        };
        var messages = await NoticesAsync(closed, window.Opinions, roster, cancellationToken).ConfigureAwait(false);
        if (!await reports.SaveAsync(closed, messages, cancellationToken).ConfigureAwait(false))
        {
            return new StatusPublishOutcome(StatusPublishResult.Conflict, report);
        }

        if (await queue.TryEnqueueAllAsync(messages).ConfigureAwait(false) is { } failed)
        {
            LogEnqueueFailed(failed.Id, failed.Error);
        }

        return new StatusPublishOutcome(StatusPublishResult.Done, closed);
    }

    /// <summary>
    /// Who hears how the window ended: the publisher and the unit's leaders; the office too when most were dissatisfied
    /// (the unit must do better) or too few answered (the office decides). Keyed by report and recipient, so a retried
    /// close writes nothing twice; people who never opened the bot are left out (they find it in the status itself).
    /// </summary>
    private async Task<IReadOnlyList<OutboxMessage>> NoticesAsync(StatusReport report, IReadOnlyList<string> opinions, Roster.Roster roster, CancellationToken cancellationToken)
    {
        var recipients = roster.ActivePeople.Where(p => p.Number == report.AuthorNumber || AccessPolicy.IsUnitLeader(p, report.UnitCode, roster));
        if (report.Status != StatusReportStatus.Satisfactory)
        {
            recipients = recipients.Concat(PlanLeaders.Office(roster));
        }

        var unitName = roster.Unit(report.UnitCode)?.Name ?? report.UnitCode;
        var messages = new List<OutboxMessage>();
        foreach (var person in recipients.DistinctBy(p => p.Number).OrderBy(p => p.Number, StringComparer.Ordinal))
        {
            if (person.AadObjectId is not { Length: > 0 } aad)
            {
                continue;
            }

            messages.Add(new OutboxMessage
            {
                Id = new OutboxMessageId(Table, report.UnitCode, string.Create(CultureInfo.InvariantCulture, $"notice|r{report.Number:D4}|{person.Number}")),
                RecipientAadObjectId = aad,
                Message = await notices.RenderAsync(new StatusNotice(person, report, unitName) { Opinions = opinions }, cancellationToken).ConfigureAwait(false),
                Cause = string.Create(CultureInfo.InvariantCulture, $"status {report.UnitCode} r{report.Number}: {report.Status}"),
                CreatedAt = time.GetUtcNow(),
            });
        }

        return messages;
    }

    /// <summary>Closes every window that has ended; returns how many reports were decided.</summary>
    public async Task<int> CloseDueWindowsAsync(CancellationToken cancellationToken = default)
    {
        var due = new List<StatusReport>();
        await foreach (var report in reports.ListClosedWindowsAsync(time.GetUtcNow(), cancellationToken).ConfigureAwait(false))
        {
            due.Add(report);
        }

        var moved = 0;
        foreach (var report in due)
        {
            moved += (await CloseWindowAsync(report.UnitCode, report.Number, cancellationToken).ConfigureAwait(false)).Result == StatusPublishResult.Done ? 1 : 0;
        }

        return moved;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not enqueue status notice {Id} ({Error}); the outbox sweep will")]
    private partial void LogEnqueueFailed(OutboxMessageId id, string error);
}
