using System.Globalization;
using System.Runtime.CompilerServices;
using Azure.Data.Tables;

namespace RectifyBot.Storage.Tables;

/// <summary>
/// The office's small registers that keep "the one in force per subject" and every earlier one: one partition, the
/// row in force at "{currentPrefix}{subject}" and a history row "history|{subject}|{ticks}-{random}" per change,
/// both written in one transaction so the audit trail never misses a change.
/// </summary>
public sealed class AuditedRows(TableClientFactory tables, string tableName, string partition, string currentPrefix)
{
    private const string HistoryPrefix = "history|";

    public async Task SaveAsync(string subject, DateTimeOffset changedAt, Func<string, TableEntity> entityAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entityAt);
        var historyKey = HistoryPrefix + subject + "|"
            + changedAt.UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8];
        var table = await tables.GetTableAsync(tableName, cancellationToken).ConfigureAwait(false);
        await table.SubmitTransactionAsync(
            [
                new TableTransactionAction(TableTransactionActionType.UpsertReplace, entityAt(TableKeys.Validate(currentPrefix + subject, nameof(subject)))),
                new TableTransactionAction(TableTransactionActionType.Add, entityAt(TableKeys.Validate(historyKey, nameof(subject)))),
            ],
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<TableEntity?> FindAsync(string subject, CancellationToken cancellationToken)
    {
        var table = await tables.GetTableAsync(tableName, cancellationToken).ConfigureAwait(false);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(partition, TableKeys.Validate(currentPrefix + subject, nameof(subject)), cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? row.Value : null;
    }

    /// <summary>The rows in force: a key range of the partition, since every one starts with the current prefix.</summary>
    public async IAsyncEnumerable<TableEntity> ListInForceAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var table = await tables.GetTableAsync(tableName, cancellationToken).ConfigureAwait(false);

        // '}' follows '|' in ASCII: the prefix ends with '|', so its rows lie in [prefix, prefix with '}').
        var end = currentPrefix[..^1] + "}";
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {currentPrefix} and RowKey lt {end}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return row;
        }
    }
}
