using RectifyBot.Core.Delivery;

namespace RectifyBot.Functions.Delivery;

/// <summary>Thrown by the sending function so that the queue tries the message again later.</summary>
public sealed class TransientDeliveryException : Exception
{
    public TransientDeliveryException()
    {
    }

    public TransientDeliveryException(string message)
        : base(message)
    {
    }

    public TransientDeliveryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TransientDeliveryException(OutboxMessageId id)
        : base($"Outbox message {id} is still Failed after the sender's retries; the queue will try it again.")
    {
    }
}
