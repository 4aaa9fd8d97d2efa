namespace RectifyBot.Core.Delivery;

/// <summary>Asks the sending function to deliver an outbox message (at least once).</summary>
public interface IDeliveryQueue
{
    Task EnqueueAsync(OutboxMessageId id, CancellationToken cancellationToken = default);
}
