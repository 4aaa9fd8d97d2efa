using RectifyBot.Core.Access;
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
/// response (the office decides).
/// </summary>
public sealed class StatusPublishing(
    IStatusReportRepository reports, IPlanRepository plans, LedgerQuery ledger, IRosterRepository rosters, IPlanFeedback feedback, TimeProvider time)
{
    /// <summary>The most explained items a report carries (a plan has at most <see cref="PlanLimits.Items"/> items).</summary>
    public const int MaxExplained = PlanLimits.Items;

    public async Task<StatusPublishOutcome> PublishAsync(Person actor, string unitCode, PlanScope? scope, DateOnly? lastDay, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        if (roster.Unit(unitCode) is not { } unit)
        {
            return new StatusPublishOutcome(StatusPublishResult.NotFound);
        }

        if (!AccessPolicy.CanActOnPlan(actor, unit.Code, roster))
        {
            return new StatusPublishOutcome(StatusPublishResult.NotAllowed);
        }

        var problems = PlanCheck.Window(scope, lastDay, ChinaTime.Today(time));
        if (problems.Count > 0)
        {
            return new StatusPublishOutcome(StatusPublishResult.Invalid, null, problems);
        }

        var earlier = await reports.ListAsync(unit.Code, cancellationToken).ConfigureAwait(false);
        var last = earlier.Count == 0 ? null : earlier[^1];
        if (last is { Status: StatusReportStatus.Published })
        {
            return new StatusPublishOutcome(StatusPublishResult.AlreadyOpen, last);
        }

        var summary = await SummaryAsync(actor, unit.Code, cancellationToken).ConfigureAwait(false);
        if (summary.Total == 0 && summary.Explained.Count == 0)
        {
            return new StatusPublishOutcome(StatusPublishResult.NothingInLedger);
        }

        var now = time.GetUtcNow();
        var report = new StatusReport
        {
            UnitCode = unit.Code,
            Number = (last?.Number ?? 0) + 1,
            AuthorNumber = actor.Number,
            Summary = summary,
            Publication = new PlanPublication(scope!.Value, now, lastDay!.Value, ChinaTime.EndOfDayUtc(lastDay.Value)),
            Status = StatusReportStatus.Published,
        };
        return await reports.AddAsync(report, cancellationToken).ConfigureAwait(false)
            ? new StatusPublishOutcome(StatusPublishResult.Done, report)
            : new StatusPublishOutcome(StatusPublishResult.Conflict);
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
        return await reports.SaveAsync(closed, cancellationToken).ConfigureAwait(false)
            ? new StatusPublishOutcome(StatusPublishResult.Done, closed)
            : new StatusPublishOutcome(StatusPublishResult.Conflict, report);
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
}
