using System.Globalization;
using Azure.Data.Tables;
using RectifyBot.Core.Stages;
using RectifyBot.Storage.Tables;

namespace RectifyBot.Storage.Stages;

/// <summary>
/// Table "StageCalendars", one partition ("calendars"): a row per scope in force (RowKey "university" or
/// "unit|{code}") and a history row per change ("history|{scope}|{ticks}-{random}"), written together in one
/// transaction, so the audit trail never misses a change.
/// </summary>
public sealed class TableStageCalendarRepository(TableClientFactory tables) : IStageCalendarRepository
{
    public const string Table = "StageCalendars";
    private const string Partition = "calendars";
    private const string UniversityScope = "university";
    private const string UnitScopePrefix = "unit|";
    private const string HistoryPrefix = "history|";

    public async Task<StageCalendars> LoadAsync(CancellationToken cancellationToken = default)
    {
        var table = await tables.GetTableAsync(Table, cancellationToken).ConfigureAwait(false);

        // Scope rows start with 'u' ("unit|", "university"); history rows with 'h'.
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey ge {"u"} and RowKey lt {"v"}");
        StageCalendarEntry? university = null;
        var committees = new List<StageCalendarEntry>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var entry = ToEntry(row);
            if (entry.UnitCode is null)
            {
                university = entry;
            }
            else
            {
                committees.Add(entry);
            }
        }

        return new StageCalendars(university, committees);
    }

    public async Task SaveAsync(StageCalendarEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrWhiteSpace(entry.SetByNumber);
        var scope = Scope(entry.UnitCode);
        var historyKey = HistoryPrefix + scope + "|"
            + entry.SetAt.UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8];
        var table = await tables.GetTableAsync(Table, cancellationToken).ConfigureAwait(false);
        await table.SubmitTransactionAsync(
            [
                new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToEntity(TableKeys.Validate(scope, nameof(entry)), entry)),
                new TableTransactionAction(TableTransactionActionType.Add, ToEntity(TableKeys.Validate(historyKey, nameof(entry)), entry)),
            ],
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<StageCalendarEntry>> HistoryAsync(string? unitCode, CancellationToken cancellationToken = default)
    {
        var prefix = HistoryPrefix + Scope(unitCode) + "|";
        var table = await tables.GetTableAsync(Table, cancellationToken).ConfigureAwait(false);

        // '}' follows '|': every key with the prefix lies in [prefix, prefix-without-bar + '}').
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey ge {prefix} and RowKey lt {prefix[..^1] + "}"}");
        var history = new List<StageCalendarEntry>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            history.Add(ToEntry(row));
        }

        return history;
    }

    private static string Scope(string? unitCode) => unitCode is null ? UniversityScope : UnitScopePrefix + unitCode;

    private static TableEntity ToEntity(string rowKey, StageCalendarEntry entry) => new(Partition, rowKey)
    {
        ["UnitCode"] = entry.UnitCode,
        ["Start"] = Date(entry.Calendar.Start),
        ["SubmissionDeadline"] = Date(entry.Calendar.SubmissionDeadline),
        ["StageEnd"] = Date(entry.Calendar.StageEnd),
        ["ConsolidationEnd"] = Date(entry.Calendar.ConsolidationEnd),
        ["SetByNumber"] = entry.SetByNumber,
        ["SetAt"] = entry.SetAt.ToUniversalTime(),
    };

    private static StageCalendarEntry ToEntry(TableEntity row) => new(
        row.GetString("UnitCode"),
        new StageCalendar(Date(row, "Start"), Date(row, "SubmissionDeadline"), Date(row, "StageEnd"), Date(row, "ConsolidationEnd")),
        row.GetString("SetByNumber") ?? "",
        row.GetDateTimeOffset("SetAt") ?? DateTimeOffset.MinValue);

    /// <summary>Calendar dates as ISO strings: a DateTime property would invite time-zone shifts.</summary>
    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly Date(TableEntity row, string name) =>
        DateOnly.ParseExact(row.GetString(name) ?? throw new InvalidOperationException($"{name} is missing from {row.RowKey}."), "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
