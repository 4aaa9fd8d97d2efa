using System.Globalization;
using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using RectifyBot.Core.Supervision;
using RectifyBot.Storage.Tables;

namespace RectifyBot.Storage.Supervision;

/// <summary>
/// Table <see cref="TableName"/>: PartitionKey = the China Standard Time day (<c>yyyy-MM-dd</c>), RowKey =
/// "{kind}|{subject id}". A day is one partition, so the sweep reads its days with one range query and writes and
/// deletes in 100-row transactions. See docs/storage.md ("Supervision").
/// </summary>
public sealed class TableDueIndex(TableClientFactory tables) : IDueIndex
{
    public const string TableName = "SupervisionDue";

    private const int Batch = 100;

    /// <summary>Entities read since this instance was made (the benchmark reports it).</summary>
    public long EntitiesRead { get; private set; }

    public static string Partition(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Row(string kind, string subjectId) => TableKeys.Validate($"{kind}|{subjectId}", nameof(subjectId));

    public Task WriteAsync(IReadOnlyCollection<DueIndexRow> rows, CancellationToken cancellationToken = default) =>
        SubmitAsync(rows, r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity(Partition(r.Day), Row(r.Kind, r.SubjectId))), cancellationToken);

    public async IAsyncEnumerable<DueIndexRow> ReadAsync(DateOnly first, DateOnly last, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var table = await tables.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {Partition(first)} and PartitionKey le {Partition(last)}");
        await foreach (var row in ReadRowsAsync(table, filter, cancellationToken).ConfigureAwait(false))
        {
            yield return row;
        }
    }

    public async IAsyncEnumerable<DueIndexRow> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var table = await tables.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        await foreach (var row in ReadRowsAsync(table, null, cancellationToken).ConfigureAwait(false))
        {
            yield return row;
        }
    }

    public Task DeleteAsync(IReadOnlyCollection<DueIndexRow> rows, CancellationToken cancellationToken = default) =>
        SubmitAsync(rows, r => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(Partition(r.Day), Row(r.Kind, r.SubjectId)), ETag.All), cancellationToken);

    private async IAsyncEnumerable<DueIndexRow> ReadRowsAsync(TableClient table, string? filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            EntitiesRead++;
            var separator = entity.RowKey.IndexOf('|', StringComparison.Ordinal);
            if (separator > 0 && DateOnly.TryParseExact(entity.PartitionKey, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                yield return new DueIndexRow(day, entity.RowKey[..separator], entity.RowKey[(separator + 1)..]);
            }
        }
    }

    private async Task SubmitAsync(IReadOnlyCollection<DueIndexRow> rows, Func<DueIndexRow, TableTransactionAction> action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return;
        }

        var table = await tables.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        foreach (var day in rows.Distinct().GroupBy(r => r.Day))
        {
            foreach (var chunk in day.Chunk(Batch))
            {
                try
                {
                    await table.SubmitTransactionAsync(chunk.Select(action), cancellationToken).ConfigureAwait(false);
                }
                catch (TableTransactionFailedException ex) when (ex.Status == 404)
                {
                    // A row to delete was already gone (another run): delete the rest one by one.
                    foreach (var row in chunk)
                    {
                        await table.DeleteEntityAsync(Partition(row.Day), Row(row.Kind, row.SubjectId), ETag.All, cancellationToken).ConfigureAwait(false);
                    }
                }
            }
        }
    }
}
