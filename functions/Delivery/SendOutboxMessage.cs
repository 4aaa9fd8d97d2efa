using Microsoft.Azure.Functions.Worker;
using RectifyBot.Core.Delivery;
using RectifyBot.Storage.Queues;

namespace RectifyBot.Functions.Delivery;

/// <summary>
/// Delivers one outbox message per queue message. A transient failure that outlasted the sender's retries
/// is thrown, so the queue retries later and, after maxDequeueCount (host.json), parks the message in outbox-send-poison.
/// Every other outcome (sent, undeliverable, ambiguous, missing) completes the queue message.
/// </summary>
public sealed class SendOutboxMessage(IOutboxDelivery delivery)
{
    [Function(nameof(SendOutboxMessage))]
    public async Task RunAsync(
        [QueueTrigger(QueueNames.OutboxSend, Connection = FunctionSettings.StorageConnection)] OutboxMessageId id,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        var status = await delivery.DeliverAsync(id, cancellationToken).ConfigureAwait(false);
        if (status == OutboxStatus.Failed)
        {
            throw new TransientDeliveryException(id);
        }
    }
}
