using System.Runtime.CompilerServices;
using RectifyBot.Core.Ledger;
using RectifyBot.Core.Measures;

namespace RectifyBot.Core.Supervision.Sources;

/// <summary>Finds a ledger entry by its id ("{author}|v{n}|p{i}") through the run's cache of member partitions.</summary>
internal static class LedgerEntries
{
    public static async Task<LedgerEntry?> FindAsync(string entryId, SupervisionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entryId);
        ArgumentNullException.ThrowIfNull(context);
        var author = entryId.Split('|')[0];
        var measures = await context.MeasuresOfAsync(author, cancellationToken).ConfigureAwait(false);
        return measures.Entries.FirstOrDefault(e => string.Equals(e.Id, entryId, StringComparison.Ordinal));
    }

    /// <summary>The obligations of every open entry that has one.</summary>
    public static async IAsyncEnumerable<Obligation> ObligationsAsync(IMeasureRepository measures, Func<LedgerEntry, Obligation?> obligationOf, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entry in measures.ListOpenEntriesAsync(cancellationToken).ConfigureAwait(false))
        {
            if (obligationOf(entry) is { } obligation)
            {
                yield return obligation;
            }
        }
    }
}
