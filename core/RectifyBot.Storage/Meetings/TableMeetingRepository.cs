using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using RectifyBot.Core.Meetings;
using RectifyBot.Storage.Tables;

namespace RectifyBot.Storage.Meetings;

/// <summary>
/// Table <see cref="TableName"/>: PartitionKey = the unit's code, RowKey = the meeting's id (the form's id, so a form
/// sent twice is one row: insert-if-absent). Kind (enum name), Date (yyyy-MM-dd, CST), Attendees (JSON array of
/// numbers), Visitor, Summary, RecordedBy, RecordedAt.
/// </summary>
public sealed class TableMeetingRepository(TableClientFactory tables) : IMeetingRepository
{
    public const string TableName = "Meetings";

    public async Task<bool> AddAsync(Meeting meeting, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var entity = new TableEntity(TableKeys.Validate(meeting.UnitCode, nameof(meeting)), TableKeys.Validate(meeting.Id, nameof(meeting)))
        {
            ["Kind"] = meeting.Kind.ToString(),
            ["Date"] = meeting.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Attendees"] = JsonSerializer.Serialize(meeting.AttendeeNumbers),
            ["Visitor"] = meeting.VisitorNumber,
            ["Summary"] = meeting.Summary,
            ["RecordedBy"] = meeting.RecordedByNumber,
            ["RecordedAt"] = meeting.RecordedAt.ToUniversalTime(),
        };
        var table = await tables.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        try
        {
            await table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    public async Task<IReadOnlyList<Meeting>> ListAsync(string unitCode, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        var partition = TableKeys.Validate(unitCode, nameof(unitCode));
        var meetings = new List<Meeting>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            meetings.Add(new Meeting
            {
                Id = row.RowKey,
                UnitCode = row.PartitionKey,
                Kind = Enum.Parse<MeetingKind>(row.GetString("Kind")),
                Date = DateOnly.ParseExact(row.GetString("Date"), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                AttendeeNumbers = JsonSerializer.Deserialize<string[]>(row.GetString("Attendees") ?? "[]") ?? [],
                VisitorNumber = row.GetString("Visitor"),
                Summary = row.GetString("Summary") ?? "",
                RecordedByNumber = row.GetString("RecordedBy") ?? "",
                RecordedAt = row.GetDateTimeOffset("RecordedAt") ?? DateTimeOffset.MinValue,
            });
        }

        return [.. meetings.OrderBy(m => m.Date).ThenBy(m => m.RecordedAt)];
    }
}
