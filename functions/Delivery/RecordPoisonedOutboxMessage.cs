using Microsoft.Azure.Functions.Worker;
using RectifyBot.Core.Delivery;
using RectifyBot.Storage.Queues;

namespace RectifyBot.Functions.Delivery;

/// <summary>
/// Triggered by outbox-send-poison (where the host parks a queue message after maxDequeueCount failed deliveries):
/// records the failure on the outbox row (Undeliverable, with the reason), so no message is dropped silently.
/// </summary>
public sealed class RecordPoisonedOutboxMessage(OutboxGiveUp giveUp)
{
    [Function(nameof(RecordPoisonedOutboxMessage))]
    public Task RunAsync(
        [QueueTrigger(QueueNames.OutboxSendPoison, Connection = FunctionSettings.StorageConnection)] OutboxMessageId id,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        return giveUp.RecordAsync(id, cancellationToken);
    }
}
