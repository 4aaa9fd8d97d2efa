using System.Globalization;
using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using RectifyBot.Core.StatusReports;
using RectifyBot.Storage.Measures;
using RectifyBot.Storage.Plans;
using RectifyBot.Storage.Tables;

namespace RectifyBot.Storage.StatusReports;

/// <summary>
/// Table <c>StatusReports</c>: PartitionKey = unit code, RowKey = "r|{number:D4}"; the publication and decision in the
/// plan version row's columns (<see cref="PlanRows.WithPublication"/>), the summary's counts, and each explained item
/// as JSON in a property of its own ("Explained00"…, each under the 64 KB a property may hold).
/// </summary>
public sealed class TableStatusReportRepository(TableClientFactory tables) : IStatusReportRepository
{
    public const string TableName = "StatusReports";

    private const string KeyPrefix = "r|";
    private const string ExplainedPrefix = "Explained";

    public async Task<IReadOnlyList<StatusReport>> ListAsync(string unitCode, CancellationToken cancellationToken = default)
    {
        var unit = TableKeys.Validate(unitCode, nameof(unitCode));
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        var found = new List<StatusReport>();
        await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {unit}"), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            found.Add(Read(row));
        }

        return [.. found.OrderBy(r => r.Number)];
    }

    public async Task<bool> AddAsync(StatusReport report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await table.AddEntityAsync(Row(report), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    public async Task<bool> SaveAsync(StatusReport report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await table.UpdateEntityAsync(Row(report), report.ETag is null ? ETag.All : new ETag(report.ETag), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            return false;
        }
    }

    public async IAsyncEnumerable<StatusReport> ListClosedWindowsAsync(DateTimeOffset now, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"Status eq {nameof(StatusReportStatus.Published)} and ClosesAt le {now.ToUniversalTime()}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return Read(row);
        }
    }

    private Task<TableClient> TableAsync(CancellationToken cancellationToken) => tables.GetTableAsync(TableName, cancellationToken);

    private static TableEntity Row(StatusReport r)
    {
        var row = new TableEntity(TableKeys.Validate(r.UnitCode, nameof(r)), KeyPrefix + r.Number.ToString("D4", CultureInfo.InvariantCulture))
        {
            ["Number"] = r.Number,
            ["AuthorNumber"] = r.AuthorNumber,
            ["Status"] = r.Status.ToString(),
            ["InProgress"] = r.Summary.InProgress,
            ["Overdue"] = r.Summary.Overdue,
            ["DoneOnTime"] = r.Summary.DoneOnTime,
            ["DoneLate"] = r.Summary.DoneLate,
            ["ExplainedCount"] = r.Summary.Explained.Count,
        }.WithPublication(r.Publication, r.Decision);
        for (var i = 0; i < r.Summary.Explained.Count; i++)
        {
            row[ExplainedProperty(i)] = MeasureJson.Write(r.Summary.Explained[i]);
        }

        return row;
    }

    private static StatusReport Read(TableEntity row)
    {
        var explained = Enumerable.Range(0, row.GetInt32("ExplainedCount") ?? 0)
            .Select(i => MeasureJson.Read<ExplainedItem?>(row.GetString(ExplainedProperty(i)), null))
            .OfType<ExplainedItem>()
            .ToList();
        return new StatusReport
        {
            UnitCode = row.PartitionKey,
            Number = row.GetInt32("Number") ?? 0,
            AuthorNumber = row.GetString("AuthorNumber") ?? "",
            Summary = new StatusSummary(row.GetInt32("InProgress") ?? 0, row.GetInt32("Overdue") ?? 0, row.GetInt32("DoneOnTime") ?? 0, row.GetInt32("DoneLate") ?? 0, explained),
            Publication = PlanRows.ReadPublication(row),
            Status = MeasureRows.Enum<StatusReportStatus>(row, "Status") ?? throw new InvalidOperationException($"Status report row {row.PartitionKey}/{row.RowKey} has no status."),
            Decision = PlanRows.ReadDecision(row),
            ETag = row.ETag.ToString(),
        };
    }

    private static string ExplainedProperty(int index) => ExplainedPrefix + index.ToString("D2", CultureInfo.InvariantCulture);
}
