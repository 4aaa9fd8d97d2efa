namespace RectifyBot.Core.Delivery;

/// <summary>
/// Where an outbox row lives. Outbox rows are written in the same table partition (and transaction)
/// as the state change that causes them, so the id names table, partition and row.
/// The row key is derived from the cause (e.g. "decision-42:notify-author"), which makes a retried write idempotent.
/// </summary>
public sealed record OutboxMessageId(string Table, string PartitionKey, string RowKey)
{
    public override string ToString() => $"{Table}/{PartitionKey}/{RowKey}";
}
