using Azure.Data.Tables;
using RectifyBot.Core.Plans;
using RectifyBot.Storage.Tables;

namespace RectifyBot.Storage.Plans;

/// <summary>
/// Table "PlanAreas", one partition ("areas"): the office's list of plan areas, a row per area in force
/// ("area|{code}") and a history row per change, written together (<see cref="AuditedRows"/>).
/// </summary>
public sealed class TablePlanAreaRepository(TableClientFactory tables) : IPlanAreaRepository
{
    public const string Table = "PlanAreas";
    private const string Partition = "areas";
    private readonly AuditedRows _rows = new(tables, Table, Partition, "area|");

    public async Task<IReadOnlyList<PlanArea>> ListAsync(CancellationToken cancellationToken = default)
    {
        var areas = new List<PlanArea>();
        await foreach (var row in _rows.ListInForceAsync(cancellationToken).ConfigureAwait(false))
        {
            areas.Add(new PlanArea(row.GetString("Code") ?? "", row.GetString("Chinese") ?? "", row.GetString("English") ?? "", row.GetBoolean("Retired") ?? false)
            {
                ChangedByNumber = row.GetString("ChangedByNumber"),
                ChangedAt = row.GetDateTimeOffset("ChangedAt"),
            });
        }

        return areas;
    }

    public Task SaveAsync(PlanArea area, string byNumber, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(area);
        ArgumentException.ThrowIfNullOrWhiteSpace(byNumber);
        return _rows.SaveAsync(area.Code, at, key => new TableEntity(Partition, key)
        {
            ["Code"] = area.Code,
            ["Chinese"] = area.Chinese,
            ["English"] = area.English,
            ["Retired"] = area.Retired,
            ["ChangedByNumber"] = byNumber,
            ["ChangedAt"] = at.ToUniversalTime(),
        }, cancellationToken);
    }
}
