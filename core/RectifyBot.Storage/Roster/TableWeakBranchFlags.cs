using Azure.Data.Tables;
using RectifyBot.Core.Roster;
using RectifyBot.Storage.Tables;

namespace RectifyBot.Storage.Roster;

/// <summary>
/// Table <see cref="TableName"/>, one partition ("flags", a few dozen rows at most): the flag in force per branch
/// (RowKey "unit|{code}") and a history row per flag (<see cref="AuditedRows"/>).
/// </summary>
public sealed class TableWeakBranchFlags(TableClientFactory tables) : IWeakBranchFlags
{
    public const string TableName = "WeakBranchFlags";
    private const string Partition = "flags";
    private readonly AuditedRows _rows = new(tables, TableName, Partition, "unit|");

    public Task SaveAsync(WeakBranchFlag flag, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(flag);
        return _rows.SaveAsync(flag.UnitCode, flag.FlaggedAt, rowKey => new TableEntity(Partition, rowKey)
        {
            ["UnitCode"] = flag.UnitCode,
            ["Reason"] = flag.Reason,
            ["FlaggedBy"] = flag.FlaggedBy,
            ["FlaggedAt"] = flag.FlaggedAt.ToUniversalTime(),
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<WeakBranchFlag>> ListAsync(CancellationToken cancellationToken = default)
    {
        var flags = new List<WeakBranchFlag>();
        await foreach (var row in _rows.ListInForceAsync(cancellationToken).ConfigureAwait(false))
        {
            flags.Add(new WeakBranchFlag(
                row.GetString("UnitCode") ?? "",
                row.GetString("Reason") ?? "",
                row.GetString("FlaggedBy") ?? "",
                row.GetDateTimeOffset("FlaggedAt") ?? DateTimeOffset.MinValue));
        }

        return flags;
    }
}
