using System.Runtime.CompilerServices;
using RectifyBot.Core.Ledger;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Plans;

namespace RectifyBot.Core.Supervision.Sources;

/// <summary>
/// Finds a ledger entry by its id through the run's caches: a measure's ("{author}|v{n}|p{i}") in its author's partition,
/// a plan item's ("plan|{unit}|v{n}|i{k}", <see cref="PlanEntries.EntryId"/>) in its unit's plan.
/// </summary>
internal static class LedgerEntries
{
    public static async Task<LedgerEntry?> FindAsync(string entryId, SupervisionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entryId);
        ArgumentNullException.ThrowIfNull(context);
        var parts = entryId.Split('|');
        if (parts is ["plan", var unit, ..])
        {
            var plan = await context.PlanOfAsync(unit, cancellationToken).ConfigureAwait(false);
            return plan.Entries.FirstOrDefault(e => string.Equals(e.Id, entryId, StringComparison.Ordinal));
        }

        var author = parts[0];
        var measures = await context.MeasuresOfAsync(author, cancellationToken).ConfigureAwait(false);
        return measures.Entries.FirstOrDefault(e => string.Equals(e.Id, entryId, StringComparison.Ordinal));
    }

    /// <summary>The obligations of every open entry that has one: measures' and accepted plans' items.</summary>
    public static async IAsyncEnumerable<Obligation> ObligationsAsync(
        IMeasureRepository measures, IPlanRepository plans, Func<LedgerEntry, Obligation?> obligationOf, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entry in measures.ListOpenEntriesAsync(cancellationToken).ConfigureAwait(false))
        {
            if (obligationOf(entry) is { } obligation)
            {
                yield return obligation;
            }
        }

        await foreach (var entry in plans.ListOpenEntriesAsync(cancellationToken).ConfigureAwait(false))
        {
            if (obligationOf(entry) is { } obligation)
            {
                yield return obligation;
            }
        }
    }
}
