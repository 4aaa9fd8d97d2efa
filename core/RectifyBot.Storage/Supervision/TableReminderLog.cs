using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using RectifyBot.Core.Delivery;
using RectifyBot.Core.Supervision;
using RectifyBot.Storage.Delivery;
using RectifyBot.Storage.Tables;

namespace RectifyBot.Storage.Supervision;

/// <summary>
/// Table <see cref="TableName"/>, one partition per recipient (their number): log rows
/// "log|{yyyy-MM-dd}|{digest:D2}|{kind}" holding the reminder keys sent (JSON, in pieces), and the digest's outbox row
/// "digest|{yyyy-MM-dd}|{digest:D2}" beside them, written in one transaction. See docs/storage.md ("Supervision").
/// </summary>
public sealed class TableReminderLog(TableClientFactory tables) : IReminderLog
{
    public const string TableName = "Supervision";
    public const string LogKind = "ReminderLog";
    private const string LogPrefix = "log|";

    public OutboxMessageId DigestId(string recipientNumber, DateOnly day, int digest) =>
        new(TableName, TableKeys.Validate(recipientNumber, nameof(recipientNumber)), string.Create(CultureInfo.InvariantCulture, $"digest|{Day(day)}|{digest:D2}"));

    public async Task<ReminderLogRead> ReadAsync(string recipientNumber, DateOnly since, DateOnly day, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {TableKeys.Validate(recipientNumber, nameof(recipientNumber))} and RowKey ge {LogPrefix + Day(since)} and RowKey lt {LogPrefix + "~"}");
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var digests = new HashSet<string>(StringComparer.Ordinal);
        var today = LogPrefix + Day(day) + "|";
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (LongStringProperty.Read(row, "Keys") is { } json)
            {
                keys.UnionWith(JsonSerializer.Deserialize<string[]>(json) ?? []);
            }

            if (row.RowKey.StartsWith(today, StringComparison.Ordinal))
            {
                digests.Add(row.RowKey[..(today.Length + 2)]);
            }
        }

        return new ReminderLogRead(keys, digests.Count);
    }

    public async Task<bool> RecordAsync(string recipientNumber, DateOnly day, int digest, IReadOnlyList<ReminderItem> items, OutboxMessage? message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        var partition = TableKeys.Validate(recipientNumber, nameof(recipientNumber));
        var actions = new List<TableTransactionAction>();
        foreach (var kind in items.GroupBy(i => i.Obligation.Kind, StringComparer.Ordinal))
        {
            var row = new TableEntity(partition, string.Create(CultureInfo.InvariantCulture, $"{LogPrefix}{Day(day)}|{digest:D2}|{kind.Key}"))
            {
                ["Kind"] = LogKind,
                ["Count"] = kind.Count(),
            };
            LongStringProperty.Write(row, "Keys", JsonSerializer.Serialize(kind.Select(i => i.Key).ToArray()));
            actions.Add(new TableTransactionAction(TableTransactionActionType.Add, row));
        }

        if (message is not null)
        {
            if (message.Id != DigestId(recipientNumber, day, digest))
            {
                throw new ArgumentException($"Digest {message.Id} must be {DigestId(recipientNumber, day, digest)} to be written with its log.", nameof(message));
            }

            actions.Add(new TableTransactionAction(TableTransactionActionType.Add, OutboxEntities.ToEntity(message)));
        }

        var table = await tables.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        try
        {
            await table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
