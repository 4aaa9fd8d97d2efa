using System.Globalization;
using Azure.Data.Tables;
using RectifyBot.Core.BranchBuilding;
using RectifyBot.Storage.Tables;

namespace RectifyBot.Storage.BranchBuilding;

/// <summary>
/// Table "BranchBuilding": partition "resolutions" holds the office's 整顿完成 record in force per branch
/// ("unit|{code}") and a history row per record (<see cref="AuditedRows"/>); each branch's partition (its code) holds
/// its best Party-day activities ("activity|{ticks}-{random}"), each with who recorded it and when. See docs/storage.md.
/// </summary>
public sealed class TableBranchBuildingRepository(TableClientFactory tables) : IBranchBuildingRepository
{
    public const string Table = "BranchBuilding";
    private const string ResolutionPartition = "resolutions";
    private const string ActivityPrefix = "activity|";
    private readonly AuditedRows _resolutions = new(tables, Table, ResolutionPartition, "unit|");

    public Task SaveResolutionAsync(WeakBranchResolution resolution, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(resolution);
        return _resolutions.SaveAsync(resolution.UnitCode, resolution.ResolvedAt, key => new TableEntity(ResolutionPartition, key)
        {
            ["UnitCode"] = resolution.UnitCode,
            ["Note"] = resolution.Note,
            ["ResolvedBy"] = resolution.ResolvedBy,
            ["ResolvedAt"] = resolution.ResolvedAt.ToUniversalTime(),
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<WeakBranchResolution>> ListResolutionsAsync(CancellationToken cancellationToken = default)
    {
        var resolutions = new List<WeakBranchResolution>();
        await foreach (var row in _resolutions.ListInForceAsync(cancellationToken).ConfigureAwait(false))
        {
            resolutions.Add(new WeakBranchResolution(row.GetString("UnitCode") ?? "", row.GetString("Note") ?? "", row.GetString("ResolvedBy") ?? "",
                row.GetDateTimeOffset("ResolvedAt") ?? DateTimeOffset.MinValue));
        }

        return resolutions;
    }

    public async Task AddActivityAsync(PartyDayActivity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var table = await tables.GetTableAsync(Table, cancellationToken).ConfigureAwait(false);
        var key = ActivityPrefix + activity.RecordedAt.UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8];
        var row = new TableEntity(TableKeys.Validate(activity.BranchCode, nameof(activity)), key)
        {
            ["Title"] = activity.Title,
            ["Date"] = activity.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["RecordedBy"] = activity.RecordedBy,
            ["RecordedAt"] = activity.RecordedAt.ToUniversalTime(),
        };
        LongStringProperty.Write(row, "Description", activity.Description);
        await table.AddEntityAsync(row, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<PartyDayActivity>> ListActivitiesAsync(string branchCode, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(branchCode);
        var table = await tables.GetTableAsync(Table, cancellationToken).ConfigureAwait(false);
        var activities = new List<PartyDayActivity>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Validate(branchCode, nameof(branchCode))} and RowKey ge {ActivityPrefix} and RowKey lt {ActivityPrefix[..^1] + "}"}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (DateOnly.TryParseExact(row.GetString("Date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                activities.Add(new PartyDayActivity(row.PartitionKey, row.GetString("Title") ?? "", date, LongStringProperty.Read(row, "Description") ?? "",
                    row.GetString("RecordedBy") ?? "", row.GetDateTimeOffset("RecordedAt") ?? DateTimeOffset.MinValue));
            }
        }

        return [.. activities.OrderByDescending(a => a.Date).ThenByDescending(a => a.RecordedAt)];
    }
}
