namespace RectifyBot.Core.Delivery;

public enum OutboxStatus
{
    /// <summary>Written with the state change that causes it; not yet attempted.</summary>
    Pending,

    /// <summary>A sender claimed it and may have sent it. Finding a message still in this state means a sender died mid-send.</summary>
    Sending,

    /// <summary>The channel accepted it.</summary>
    Sent,

    /// <summary>The channel refused it for good (403: app uninstalled or bot blocked; 404: unknown conversation), or nobody knows where to send it.</summary>
    Undeliverable,

    /// <summary>The request may have arrived (timeout or connection reset after sending). Recorded, never blindly resent.</summary>
    Ambiguous,

    /// <summary>Transient failures outlasted every retry; the queue may try again later.</summary>
    Failed,
}
