using Azure;
using Azure.Data.Tables;

namespace RectifyBot.Storage.Tables;

/// <summary>
/// What repositories that keep one aggregate per partition (a member's measures, a unit's plan) share: each change is
/// one entity-group transaction that either is written whole or, having lost a race, not at all.
/// </summary>
public static class PartitionRows
{
    /// <summary>Submits the transaction; false when a condition failed (409 exists, 412 changed, 404 gone): nothing was written.</summary>
    public static async Task<bool> TrySubmitAsync(TableClient table, IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        try
        {
            await table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412 or 404)
        {
            return false;
        }
    }

    /// <summary>The row keys of the partition that start with <paramref name="prefix"/> (which ends with '|').</summary>
    public static async Task<List<string>> KeysWithPrefixAsync(TableClient table, string partition, string prefix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentException.ThrowIfNullOrEmpty(prefix);

        // '}' follows '|' in ASCII: every key with the prefix lies in [prefix, prefix-without-bar + '}').
        var keys = new List<string>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {prefix} and RowKey lt {prefix[..^1] + "}"}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            keys.Add(row.RowKey);
        }

        return keys;
    }

    /// <summary>An insert for a row never stored (no ETag), else a replace conditional on the ETag it was read with.</summary>
    public static TableTransactionAction AddOrReplace(TableEntity row, string? etag) => etag is null
        ? new TableTransactionAction(TableTransactionActionType.Add, row)
        : new TableTransactionAction(TableTransactionActionType.UpdateReplace, row, new ETag(etag));
}
