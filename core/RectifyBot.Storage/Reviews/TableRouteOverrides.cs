using System.Globalization;
using Azure.Data.Tables;
using RectifyBot.Core.Reviews;
using RectifyBot.Storage.Tables;

namespace RectifyBot.Storage.Reviews;

/// <summary>
/// Table <see cref="TableName"/>, one partition ("overrides"; the office sets a handful): the override in force per
/// author (RowKey "author|{number}", a point read for "my review route") and a history row per change
/// ("history|{number}|{ticks}-{random}"), written in one transaction so the audit trail never misses one.
/// </summary>
public sealed class TableRouteOverrides(TableClientFactory tables) : IRouteOverrides
{
    public const string TableName = "RouteOverrides";
    private const string Partition = "overrides";
    private const string CurrentPrefix = "author|";
    private const string HistoryPrefix = "history|";

    public async Task SaveAsync(RouteOverride routeOverride, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(routeOverride);
        var historyKey = HistoryPrefix + routeOverride.AuthorNumber + "|"
            + routeOverride.SetAt.UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8];
        var table = await tables.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        await table.SubmitTransactionAsync(
            [
                new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToEntity(TableKeys.Validate(CurrentPrefix + routeOverride.AuthorNumber, nameof(routeOverride)), routeOverride)),
                new TableTransactionAction(TableTransactionActionType.Add, ToEntity(TableKeys.Validate(historyKey, nameof(routeOverride)), routeOverride)),
            ],
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<RouteOverride?> FindAsync(string authorNumber, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(authorNumber);
        var table = await tables.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(Partition, TableKeys.Validate(CurrentPrefix + authorNumber, nameof(authorNumber)), cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? ToOverride(row.Value!) : null;
    }

    public async Task<IReadOnlyList<RouteOverride>> ListAsync(CancellationToken cancellationToken = default)
    {
        var table = await tables.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);

        // '}' follows '|': every current row lies in ["author|", "author}").
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey ge {CurrentPrefix} and RowKey lt {"author}"}");
        var overrides = new List<RouteOverride>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            overrides.Add(ToOverride(row));
        }

        return overrides;
    }

    private static TableEntity ToEntity(string rowKey, RouteOverride o) => new(Partition, rowKey)
    {
        ["AuthorNumber"] = o.AuthorNumber,
        ["ReviewerNumber"] = o.ReviewerNumber,
        ["Reason"] = o.Reason,
        ["SetBy"] = o.SetBy,
        ["SetAt"] = o.SetAt.ToUniversalTime(),
    };

    private static RouteOverride ToOverride(TableEntity row) => new(
        row.GetString("AuthorNumber") ?? "",
        row.GetString("ReviewerNumber") ?? "",
        row.GetString("Reason") ?? "",
        row.GetString("SetBy") ?? "",
        row.GetDateTimeOffset("SetAt") ?? DateTimeOffset.MinValue);
}
