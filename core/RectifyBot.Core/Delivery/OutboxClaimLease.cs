namespace RectifyBot.Core.Delivery;

/// <summary>
/// How long a sender's claim (Sending) is trusted. A second queue message for the same outbox row (delivery is at
/// least once) may arrive while the first sender is still sending: a claim younger than this is left to its owner;
/// an older one means the owner died mid-send, which is recorded as ambiguous. The sending side derives it from its
/// retry budget, so a live sender always finishes within it.
/// </summary>
public sealed record OutboxClaimLease(TimeSpan Duration)
{
    public bool IsStale(OutboxMessage message, DateTimeOffset now) =>
        message.LastAttemptAt is not { } claimedAt || now - claimedAt > Duration;
}
