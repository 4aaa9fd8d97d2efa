using System.Globalization;
using Azure;
using Azure.Data.Tables;
using RectifyBot.Core.Supervision.Bulletins;
using RectifyBot.Storage.Tables;

namespace RectifyBot.Storage.Supervision;

/// <summary>Table <see cref="TableName"/>: PartitionKey = unit code, RowKey = the bulletin's CST day; Done, Open, Overdue.</summary>
public sealed class TableBulletinFigures(TableClientFactory tables) : IBulletinFigures
{
    public const string TableName = "SupervisionBulletins";

    public async Task<BulletinFigures?> FindAsync(string unitCode, DateOnly week, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Validate(unitCode, nameof(unitCode)), Week(week), cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue && found.Value is { } row
            ? new BulletinFigures(row.GetInt32("Done") ?? 0, row.GetInt32("Open") ?? 0, row.GetInt32("Overdue") ?? 0)
            : null;
    }

    public async Task<BulletinFigures> KeepAsync(string unitCode, DateOnly week, BulletinFigures figures, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var table = await tables.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        try
        {
            await table.AddEntityAsync(new TableEntity(TableKeys.Validate(unitCode, nameof(unitCode)), Week(week))
            {
                ["Done"] = figures.Done,
                ["Open"] = figures.Open,
                ["Overdue"] = figures.Overdue,
            }, cancellationToken).ConfigureAwait(false);
            return figures;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return await FindAsync(unitCode, week, cancellationToken).ConfigureAwait(false) ?? figures;
        }
    }

    private static string Week(DateOnly week) => week.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
