using System.Globalization;
using Azure;
using Azure.Data.Tables;
using RectifyBot.Core.Delivery;
using RectifyBot.Storage.Tables;

namespace RectifyBot.Storage.Delivery;

/// <summary>
/// Maps an <see cref="OutboxMessage"/> to a table row and back. Public so that a repository can put an outbox row
/// into the same transaction (same table and partition) as the state change that causes it.
/// Text and card JSON are split across numbered properties (<see cref="LongStringProperty"/>).
/// </summary>
public static class OutboxEntities
{
    /// <summary>Table Storage's entity limit is 1 MiB counted in UTF-16; leave room for keys and the other properties.</summary>
    public const int MaxPayloadCharacters = 480_000;

    /// <summary>Marks a row as an outbox row, for tables that hold other rows in the same partition.</summary>
    public const string KindValue = "Outbox";

    public static TableEntity ToEntity(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var payload = (message.Message.Text?.Length ?? 0) + (message.Message.CardJson?.Length ?? 0);
        if (payload > MaxPayloadCharacters)
        {
            // The content itself is never part of an error message.
            throw new ArgumentException($"Outbox message {message.Id} is {payload} characters; at most {MaxPayloadCharacters} fit in a table row.", nameof(message));
        }

        var entity = new TableEntity(
            TableKeys.Validate(message.Id.PartitionKey, nameof(message)),
            TableKeys.Validate(message.Id.RowKey, nameof(message)))
        {
            ["Kind"] = KindValue,
            ["RecipientAadObjectId"] = message.RecipientAadObjectId,
            ["Cause"] = message.Cause,
            ["Status"] = message.Status.ToString(),
            ["Attempts"] = message.Attempts,
            ["CreatedAt"] = message.CreatedAt,
            ["LastAttemptAt"] = message.LastAttemptAt,
            ["SentActivityId"] = message.SentActivityId,
            ["ConversationId"] = message.ConversationId,
            ["LastError"] = message.LastError,
            ["ReplacesRowKey"] = message.ReplacesRowKey,
            ["CorrelationId"] = message.CorrelationId,
        };
        LongStringProperty.Write(entity, "Text", message.Message.Text);
        LongStringProperty.Write(entity, "CardJson", message.Message.CardJson);
        if (message.ETag is not null)
        {
            entity.ETag = new ETag(message.ETag);
        }

        return entity;
    }

    public static OutboxMessage FromEntity(string table, TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var status = entity.GetString("Status");
        return new OutboxMessage
        {
            Id = new OutboxMessageId(table, entity.PartitionKey, entity.RowKey),
            RecipientAadObjectId = entity.GetString("RecipientAadObjectId") ?? "",
            Message = new OutgoingMessage(LongStringProperty.Read(entity, "Text"), LongStringProperty.Read(entity, "CardJson")),
            Cause = entity.GetString("Cause") ?? "",
            Status = Enum.TryParse<OutboxStatus>(status, ignoreCase: false, out var parsed)
                ? parsed
                : throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"Outbox row {table}/{entity.PartitionKey}/{entity.RowKey} has an unknown status '{status}'.")),
            Attempts = entity.GetInt32("Attempts") ?? 0,
            CreatedAt = entity.GetDateTimeOffset("CreatedAt") ?? entity.Timestamp ?? DateTimeOffset.MinValue,
            LastAttemptAt = entity.GetDateTimeOffset("LastAttemptAt"),
            SentActivityId = entity.GetString("SentActivityId"),
            ConversationId = entity.GetString("ConversationId"),
            CorrelationId = entity.GetString("CorrelationId"),
            LastError = entity.GetString("LastError"),
            ReplacesRowKey = entity.GetString("ReplacesRowKey"),
            ETag = entity.ETag == default ? null : entity.ETag.ToString(),
        };
    }
}
