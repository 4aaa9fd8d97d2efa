using RectifyBot.Core.Ledger;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Plans;

namespace RectifyBot.Core.Supervision.Sources;

/// <summary>
/// Open "cannot fix yet" ledger entries: the owner is reminded on each dated milestone (they may run past the stage's
/// end, through consolidation). Subject id = the entry's id.
/// </summary>
public sealed class LedgerMilestoneSource(IMeasureRepository measures, IPlanRepository plans) : IObligationSource
{
    public string Kind => ObligationKinds.LedgerMilestone;

    public async Task<Obligation?> FindAsync(string subjectId, SupervisionContext context, CancellationToken cancellationToken = default)
    {
        var entry = await LedgerEntries.FindAsync(subjectId, context, cancellationToken).ConfigureAwait(false);
        return entry is null ? null : ObligationOf(entry);
    }

    public IAsyncEnumerable<Obligation> ListAsync(SupervisionContext context, CancellationToken cancellationToken = default) =>
        LedgerEntries.ObligationsAsync(measures, plans, ObligationOf, cancellationToken);

    public static Obligation? ObligationOf(LedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Status != LedgerEntryStatus.Open || entry.Handling != HandlingKind.CannotFixYet || entry.Milestones.Count == 0)
        {
            return null;
        }

        return new Obligation
        {
            Kind = ObligationKinds.LedgerMilestone,
            SubjectId = entry.Id,
            OwnerNumbers = [entry.OwnerNumber],
            DueDate = entry.Deadline,
            Schedule = ReminderSchedule.AtMilestones([.. entry.Milestones.Select(m => m.Date)]),
            Title = entry.Problem,
            UnitCode = entry.UnitCode,
        };
    }
}
