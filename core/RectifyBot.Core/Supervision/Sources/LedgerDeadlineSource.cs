using RectifyBot.Core.Ledger;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Plans;

namespace RectifyBot.Core.Supervision.Sources;

/// <summary>
/// Open ledger entries by their deadline: the owner is reminded 7 and 1 days before, on the first day overdue and
/// weekly after; the approving reviewer (for a plan item the plan's author) and the principal leader of the owner's
/// secondary committee or general branch hear once when it is N days late. Subject id = the entry's id.
/// </summary>
public sealed class LedgerDeadlineSource(IMeasureRepository measures, IPlanRepository plans) : IObligationSource
{
    public string Kind => ObligationKinds.LedgerDeadline;

    public async Task<Obligation?> FindAsync(string subjectId, SupervisionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var entry = await LedgerEntries.FindAsync(subjectId, context, cancellationToken).ConfigureAwait(false);
        return entry is null ? null : ObligationOf(entry, context);
    }

    public IAsyncEnumerable<Obligation> ListAsync(SupervisionContext context, CancellationToken cancellationToken = default) =>
        LedgerEntries.ObligationsAsync(measures, plans, e => ObligationOf(e, context), cancellationToken);

    /// <summary>The entry's obligation; escalation targets only with a context (the index needs none).</summary>
    public static Obligation? ObligationOf(LedgerEntry entry, SupervisionContext? context)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Status != LedgerEntryStatus.Open)
        {
            return null;
        }

        var targets = new List<string>();
        if (context is not null)
        {
            targets.Add(entry.ApprovedByNumber);
            var unit = context.Roster.Person(entry.OwnerNumber)?.PartyUnitCode ?? entry.UnitCode;
            if (context.PrincipalLeaderFor(unit) is { } leader)
            {
                targets.Add(leader);
            }
        }

        return new Obligation
        {
            Kind = ObligationKinds.LedgerDeadline,
            SubjectId = entry.Id,
            OwnerNumbers = [entry.OwnerNumber],
            DueDate = entry.Deadline,
            EscalationTargets = [.. targets.Where(t => t != entry.OwnerNumber).Distinct(StringComparer.Ordinal)],
            Schedule = ReminderSchedule.Deadline,
            Title = entry.Problem,
            UnitCode = entry.UnitCode,
        };
    }
}
