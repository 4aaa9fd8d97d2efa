using Azure.Data.Tables;
using RectifyBot.Core.Reviews;
using RectifyBot.Storage.Tables;

namespace RectifyBot.Storage.Reviews;

/// <summary>
/// Table <see cref="TableName"/>, one partition ("overrides"; the office sets a handful): the override in force per
/// author (RowKey "author|{number}", a point read for "my review route") and a history row per change
/// (<see cref="AuditedRows"/>).
/// </summary>
public sealed class TableRouteOverrides(TableClientFactory tables) : IRouteOverrides
{
    public const string TableName = "RouteOverrides";
    private const string Partition = "overrides";
    private readonly AuditedRows _rows = new(tables, TableName, Partition, "author|");

    public Task SaveAsync(RouteOverride routeOverride, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(routeOverride);
        return _rows.SaveAsync(routeOverride.AuthorNumber, routeOverride.SetAt, rowKey => new TableEntity(Partition, rowKey)
        {
            ["AuthorNumber"] = routeOverride.AuthorNumber,
            ["ReviewerNumber"] = routeOverride.ReviewerNumber,
            ["Reason"] = routeOverride.Reason,
            ["SetBy"] = routeOverride.SetBy,
            ["SetAt"] = routeOverride.SetAt.ToUniversalTime(),
        }, cancellationToken);
    }

    public async Task<RouteOverride?> FindAsync(string authorNumber, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(authorNumber);
        return await _rows.FindAsync(authorNumber, cancellationToken).ConfigureAwait(false) is { } row ? ToOverride(row) : null;
    }

    public async Task<IReadOnlyList<RouteOverride>> ListAsync(CancellationToken cancellationToken = default)
    {
        var overrides = new List<RouteOverride>();
        await foreach (var row in _rows.ListInForceAsync(cancellationToken).ConfigureAwait(false))
        {
            overrides.Add(ToOverride(row));
        }

        return overrides;
    }

    private static RouteOverride ToOverride(TableEntity row) => new(
        row.GetString("AuthorNumber") ?? "",
        row.GetString("ReviewerNumber") ?? "",
        row.GetString("Reason") ?? "",
        row.GetString("SetBy") ?? "",
        row.GetDateTimeOffset("SetAt") ?? DateTimeOffset.MinValue);
}
