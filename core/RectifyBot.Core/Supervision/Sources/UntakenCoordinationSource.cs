using System.Runtime.CompilerServices;
using RectifyBot.Core.Ledger;
using RectifyBot.Core.Plans;
using RectifyBot.Core.Stages;

namespace RectifyBot.Core.Supervision.Sources;

/// <summary>
/// Accepted 上级协调 items waiting in the parent unit's queue with nobody coordinating them: the parent's leaders are
/// reminded once an item has waited more than <see cref="SupervisionOptions.TakeCoordinationDays"/> days since its plan
/// was accepted, then weekly; the office hears once <see cref="SupervisionOptions.EscalateAfterDays"/> days later. (The
/// item's own deadline is chased as a ledger entry, from its responsible person.) Subject id = the item's entry id.
/// </summary>
public sealed class UntakenCoordinationSource(IPlanRepository plans) : IObligationSource
{
    public string Kind => ObligationKinds.CoordinationNotTaken;

    public async Task<Obligation?> FindAsync(string subjectId, SupervisionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subjectId);
        ArgumentNullException.ThrowIfNull(context);
        if (subjectId.Split('|') is not ["plan", var unit, ..])
        {
            return null;
        }

        var plan = await context.PlanOfAsync(unit, cancellationToken).ConfigureAwait(false);
        return plan.Coordinations.FirstOrDefault(c => string.Equals(c.Key, subjectId, StringComparison.Ordinal)) is { } coordination
            ? ObligationOf(coordination, plan.Entries, context.Options, context.Roster)
            : null;
    }

    public async IAsyncEnumerable<Obligation> ListAsync(SupervisionContext context, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        await foreach (var coordination in plans.ListUntakenCoordinationsAsync(cancellationToken).ConfigureAwait(false))
        {
            var plan = await context.PlanOfAsync(coordination.UnitCode, cancellationToken).ConfigureAwait(false);
            if (ObligationOf(coordination, plan.Entries, context.Options, context.Roster) is { } obligation)
            {
                yield return obligation;
            }
        }
    }

    /// <summary>
    /// The item's obligation while nobody has taken it; it waits from when its ledger entry was made (the acceptance), and not once that entry is done.
    /// Owners and escalation only with a roster (the index needs neither).
    /// </summary>
    public static Obligation? ObligationOf(PlanCoordination coordination, IEnumerable<LedgerEntry> entries, SupervisionOptions options, Roster.Roster? roster)
    {
        ArgumentNullException.ThrowIfNull(coordination);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(options);
        if (coordination.OwnerNumber is not null || entries.FirstOrDefault(e => string.Equals(e.Id, coordination.Key, StringComparison.Ordinal)) is not { Status: LedgerEntryStatus.Open } entry)
        {
            return null;
        }

        var (owners, office) = UnacknowledgedFilingSource.ParentAndOffice(coordination.ParentUnitCode, roster);
        return new Obligation
        {
            Kind = ObligationKinds.CoordinationNotTaken,
            SubjectId = coordination.Key,
            OwnerNumbers = owners,
            DueDate = ChinaTime.DateOf(entry.CreatedAt).AddDays(options.TakeCoordinationDays),
            EscalationTargets = office,
            Schedule = ReminderSchedule.OverdueOnly,
            Title = coordination.Problem,
            UnitCode = coordination.UnitCode,
        };
    }
}
