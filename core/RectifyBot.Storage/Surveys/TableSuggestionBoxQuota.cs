using System.Globalization;
using Azure;
using Azure.Data.Tables;
using RectifyBot.Core.Surveys;
using RectifyBot.Storage.Tables;

namespace RectifyBot.Storage.Surveys;

/// <summary>
/// The web suggestion box's hourly cap in table <see cref="Table"/>: one row per unit and UTC hour (PartitionKey the
/// unit, RowKey <c>yyyyMMddHH</c>, Count), counted with the ETag read (optimistic concurrency), so instances share it.
/// Starting an hour's row deletes the unit's rows of earlier hours: a unit keeps at most a couple of rows.
/// </summary>
public sealed class TableSuggestionBoxQuota(TableClientFactory tables) : ISuggestionBoxQuota
{
    public const string Table = "SuggestionBoxQuota";

    public async Task<bool> TryTakeAsync(string unitCode, DateTimeOffset now, int perHour, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(unitCode);
        if (perHour < 1)
        {
            return false;
        }

        var table = await tables.GetTableAsync(Table, cancellationToken).ConfigureAwait(false);
        var hour = now.UtcDateTime.ToString("yyyyMMddHH", CultureInfo.InvariantCulture);
        while (true)
        {
            var found = await table.GetEntityIfExistsAsync<TableEntity>(unitCode, hour, cancellationToken: cancellationToken).ConfigureAwait(false);
            try
            {
                if (!found.HasValue)
                {
                    await table.AddEntityAsync(new TableEntity(unitCode, hour) { ["Count"] = 1 }, cancellationToken).ConfigureAwait(false);
                    await DeleteEarlierHoursAsync(table, unitCode, hour, cancellationToken).ConfigureAwait(false);
                    return true;
                }

                var count = found.Value!.GetInt32("Count") ?? 0;
                if (count >= perHour)
                {
                    return false;
                }

                await table.UpdateEntityAsync(new TableEntity(unitCode, hour) { ["Count"] = count + 1 }, found.Value.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                // Another instance counted in between: read again.
            }
        }
    }

    private static async Task DeleteEarlierHoursAsync(TableClient table, string unitCode, string hour, CancellationToken cancellationToken)
    {
        await foreach (var old in table.QueryAsync<TableEntity>(e => e.PartitionKey == unitCode && e.RowKey.CompareTo(hour) < 0, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            await table.DeleteEntityAsync(old.PartitionKey, old.RowKey, ETag.All, cancellationToken).ConfigureAwait(false);
        }
    }
}
