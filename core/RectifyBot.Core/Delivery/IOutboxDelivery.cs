namespace RectifyBot.Core.Delivery;

/// <summary>Delivers one outbox message (the port the sending function depends on; <see cref="OutboxDelivery"/> implements it).</summary>
public interface IOutboxDelivery
{
    /// <summary>Returns the message's status after this attempt, or null when no such message exists.</summary>
    Task<OutboxStatus?> DeliverAsync(OutboxMessageId id, CancellationToken cancellationToken = default);
}
