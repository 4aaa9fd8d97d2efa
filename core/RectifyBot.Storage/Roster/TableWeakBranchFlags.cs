using System.Globalization;
using Azure.Data.Tables;
using RectifyBot.Core.Roster;
using RectifyBot.Storage.Tables;

namespace RectifyBot.Storage.Roster;

/// <summary>
/// Table <see cref="TableName"/>, one partition ("flags", a few dozen rows at most): the flag in force per branch
/// (RowKey "unit|{code}") and a history row per flag ("history|{code}|{ticks}-{random}"), written in one transaction.
/// </summary>
public sealed class TableWeakBranchFlags(TableClientFactory tables) : IWeakBranchFlags
{
    public const string TableName = "WeakBranchFlags";
    private const string Partition = "flags";
    private const string CurrentPrefix = "unit|";
    private const string HistoryPrefix = "history|";

    public async Task SaveAsync(WeakBranchFlag flag, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(flag);
        var historyKey = HistoryPrefix + flag.UnitCode + "|"
            + flag.FlaggedAt.UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8];
        var table = await tables.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        await table.SubmitTransactionAsync(
            [
                new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToEntity(TableKeys.Validate(CurrentPrefix + flag.UnitCode, nameof(flag)), flag)),
                new TableTransactionAction(TableTransactionActionType.Add, ToEntity(TableKeys.Validate(historyKey, nameof(flag)), flag)),
            ],
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<WeakBranchFlag>> ListAsync(CancellationToken cancellationToken = default)
    {
        var table = await tables.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);

        // '}' follows '|': every current row lies in ["unit|", "unit}").
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey ge {CurrentPrefix} and RowKey lt {"unit}"}");
        var flags = new List<WeakBranchFlag>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            flags.Add(new WeakBranchFlag(
                row.GetString("UnitCode") ?? "",
                row.GetString("Reason") ?? "",
                row.GetString("FlaggedBy") ?? "",
                row.GetDateTimeOffset("FlaggedAt") ?? DateTimeOffset.MinValue));
        }

        return flags;
    }

    private static TableEntity ToEntity(string rowKey, WeakBranchFlag flag) => new(Partition, rowKey)
    {
        ["UnitCode"] = flag.UnitCode,
        ["Reason"] = flag.Reason,
        ["FlaggedBy"] = flag.FlaggedBy,
        ["FlaggedAt"] = flag.FlaggedAt.ToUniversalTime(),
    };
}
