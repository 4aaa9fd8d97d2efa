using System.Globalization;
using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using RectifyBot.Core.Delivery;
using RectifyBot.Core.StatusReports;
using RectifyBot.Storage.Delivery;
using RectifyBot.Storage.Measures;
using RectifyBot.Storage.Plans;
using RectifyBot.Storage.Tables;

namespace RectifyBot.Storage.StatusReports;

/// <summary>
/// Table <c>StatusReports</c>: PartitionKey = unit code, RowKey = "r|{number:D4}" (Kind "StatusReport"), beside the outbox
/// rows of the notices its window's close causes ("notice|r{number:D4}|{recipient}"); the publication and decision in the
/// plan version row's columns (<see cref="PlanRows.WithPublication"/>), the summary's counts, and each explained item
/// as JSON in a property of its own ("Explained00"…, each under the 64 KB a property may hold).
/// </summary>
public sealed class TableStatusReportRepository(TableClientFactory tables) : IStatusReportRepository
{
    public const string TableName = StatusPublishing.Table;

    private const string Kind = "StatusReport";

    private const string KeyPrefix = "r|";
    private const string ExplainedPrefix = "Explained";

    public async Task<IReadOnlyList<StatusReport>> ListAsync(string unitCode, CancellationToken cancellationToken = default)
    {
        var unit = TableKeys.Validate(unitCode, nameof(unitCode));
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        var found = new List<StatusReport>();
        // Outbox rows of the unit's notices share the partition and carry whole cards: only the reports are read.
        await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {unit} and Kind eq {Kind}"), cancellationToken: cancellationToken).ConfigureAwait(false))
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

    public async Task<bool> SaveAsync(StatusReport report, IReadOnlyList<OutboxMessage> notices, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(notices);
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        var actions = new List<TableTransactionAction>
        {
            new(TableTransactionActionType.UpdateReplace, Row(report), report.ETag is null ? ETag.All : new ETag(report.ETag)),
        };
        foreach (var notice in notices)
        {
            if (notice.Id.Table != TableName || notice.Id.PartitionKey != report.UnitCode)
            {
                throw new ArgumentException("A status report's notices belong to its unit's partition of the StatusReports table.", nameof(notices));
            }

            actions.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, OutboxEntities.ToEntity(notice)));
        }

        return await PartitionRows.TrySubmitAsync(table, actions, cancellationToken).ConfigureAwait(false);
    }

    public IAsyncEnumerable<StatusReport> ListClosedWindowsAsync(DateTimeOffset now, CancellationToken cancellationToken = default) =>
        PublishedAsync(TableClient.CreateQueryFilter($"Kind eq {Kind} and Status eq {nameof(StatusReportStatus.Published)} and ClosesAt le {now.ToUniversalTime()}"), cancellationToken);

    public IAsyncEnumerable<StatusReport> ListOpenWindowsAsync(DateTimeOffset now, CancellationToken cancellationToken = default) =>
        PublishedAsync(TableClient.CreateQueryFilter($"Kind eq {Kind} and Status eq {nameof(StatusReportStatus.Published)} and ClosesAt gt {now.ToUniversalTime()}"), cancellationToken);

    private async IAsyncEnumerable<StatusReport> PublishedAsync(string filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
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
            ["Kind"] = Kind,
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
