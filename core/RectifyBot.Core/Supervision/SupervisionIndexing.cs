using RectifyBot.Core.Plans;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Stages;
using RectifyBot.Core.Supervision.Sources;

namespace RectifyBot.Core.Supervision;

/// <summary>
/// Writes the due-date index rows of the ledger entries and versions a transition is about to save, before it saves
/// them: the next day (today or later, China Standard Time) with a reminder for each obligation. A row left behind by
/// a change that then failed, or by a due date that moved, is found stale by the sweep and removed.
/// </summary>
public sealed class SupervisionIndexing(IDueIndex index, SupervisionOptions options, TimeProvider time) : IMeasureChangeObserver, IPlanChangeObserver
{
    /// <summary>
    /// An accepted plan's items become ledger entries: their deadlines and milestones are indexed like a measure's, and its
    /// 上级协调 items wait for the parent to take them on; a filed plan waits for the parent's acknowledgement.
    /// </summary>
    public Task BeforeSaveAsync(PlanChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        var obligations = change.Entries.SelectMany(e => new[] { LedgerDeadlineSource.ObligationOf(e, null), LedgerMilestoneSource.ObligationOf(e) })
            .Concat(change.Coordinations.Select(c => UntakenCoordinationSource.ObligationOf(c, change.Entries, options, null)))
            .Append(change.Version is { } version ? UnacknowledgedFilingSource.ObligationOf(version, options, null) : null);
        var rows = RowsFor(obligations.OfType<Obligation>(), ChinaTime.Today(time), options.EscalateAfterDays);
        return rows.Count == 0 ? Task.CompletedTask : index.WriteAsync(rows, cancellationToken);
    }

    public Task BeforeSaveAsync(MeasureChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        var settings = options;
        var obligations = change.Entries.SelectMany(e => new[] { LedgerDeadlineSource.ObligationOf(e, null), LedgerMilestoneSource.ObligationOf(e) }).ToList();
        if (change.Version is { } version)
        {
            obligations.Add(PendingReviewSource.ObligationOf(version, settings, null));
        }

        var rows = RowsFor(obligations.OfType<Obligation>(), ChinaTime.Today(time), settings.EscalateAfterDays);
        return rows.Count == 0 ? Task.CompletedTask : index.WriteAsync(rows, cancellationToken);
    }

    /// <summary>The index row of each obligation: its next reminder day on or after <paramref name="from"/>.</summary>
    public static List<DueIndexRow> RowsFor(IEnumerable<Obligation> obligations, DateOnly from, int escalateAfterDays) =>
        [.. obligations.Select(o => ObligationCalendar.NextOnOrAfter(o, from, escalateAfterDays) is { } day ? new DueIndexRow(day, o.Kind, o.SubjectId) : null).OfType<DueIndexRow>()];
}
