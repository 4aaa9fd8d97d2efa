using System.Collections.Concurrent;
using Azure.Data.Tables;
using RectifyBot.Core.Ledger.Views;
using RectifyBot.Storage.Measures;
using RectifyBot.Storage.Plans;
using RectifyBot.Storage.Tables;

namespace RectifyBot.Storage.Ledger;

/// <summary>
/// Reads ledger lines and submissions from the Measures table (one partition per member): for a unit, one partition
/// query per member (<see cref="PartitionsInParallel"/> at a time); for the whole university, or more members than
/// <see cref="ScanAbove"/>, one filtered scan; accepted plans' items from the Plans table (one scan of its ledger rows,
/// a few per unit). Either way only the status columns are selected: no text leaves storage.
/// </summary>
public sealed class TableLedgerReader(TableClientFactory tables) : ILedgerReader
{
    public const int PartitionsInParallel = 8;

    /// <summary>Above this many members a scan of the table costs fewer requests than a query per partition.</summary>
    public const int ScanAbove = 500;

    private static readonly string KindFilter =
        $"(Kind eq '{MeasureRows.Kinds.LedgerEntry}' or Kind eq '{MeasureRows.Kinds.Version}')";

    public async Task<LedgerSnapshot> ReadAsync(IReadOnlyCollection<string>? memberNumbers, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetTableAsync(TableMeasureRepository.TableName, cancellationToken).ConfigureAwait(false);
        var lines = new ConcurrentBag<LedgerLine>();
        var submitted = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var wanted = memberNumbers?.ToHashSet(StringComparer.Ordinal);
        if (wanted is null || wanted.Count > ScanAbove)
        {
            await ReadAsync(table, KindFilter, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await Parallel.ForEachAsync(
                wanted.Select(n => TableKeys.Validate(n, nameof(memberNumbers))),
                new ParallelOptions { MaxDegreeOfParallelism = PartitionsInParallel, CancellationToken = cancellationToken },
                async (number, ct) => await ReadAsync(table, TableClient.CreateQueryFilter($"PartitionKey eq {number}") + " and " + KindFilter, ct).ConfigureAwait(false))
                .ConfigureAwait(false);
        }

        // Accepted plans' items (Plans table, a partition per unit): one scan of their ledger rows, kept for the members asked.
        var plans = await tables.GetTableAsync(TablePlanRepository.TableName, cancellationToken).ConfigureAwait(false);
        var planEntries = TableClient.CreateQueryFilter($"Kind eq {MeasureRows.Kinds.LedgerEntry}");
        await foreach (var row in plans.QueryAsync<TableEntity>(planEntries, select: MeasureRows.LineColumns, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var line = MeasureRows.ReadLine(row);
            if (wanted is null || wanted.Contains(line.OwnerNumber))
            {
                lines.Add(line);
            }
        }

        return new LedgerSnapshot(
            [.. lines.OrderBy(l => l.EntryId, StringComparer.Ordinal)],
            submitted.Keys.ToHashSet(StringComparer.Ordinal));

        async Task ReadAsync(TableClient client, string filter, CancellationToken ct)
        {
            await foreach (var row in client.QueryAsync<TableEntity>(filter, select: MeasureRows.LineColumns, cancellationToken: ct).ConfigureAwait(false))
            {
                if (wanted is not null && !wanted.Contains(row.PartitionKey))
                {
                    continue;
                }

                if (row.GetString("Kind") == MeasureRows.Kinds.LedgerEntry)
                {
                    lines.Add(MeasureRows.ReadLine(row));
                }
                else if (MeasureRows.IsSubmission(row))
                {
                    submitted.TryAdd(row.PartitionKey, true);
                }
            }
        }
    }
}
