namespace RectifyBot.Core.Delivery;

public interface IOutbox
{
    /// <summary>Adds a message unless one with the same id exists (the id is keyed by its cause). Returns false when it already existed.</summary>
    Task<bool> AddAsync(OutboxMessage message, CancellationToken cancellationToken = default);

    Task<OutboxMessage?> FindAsync(OutboxMessageId id, CancellationToken cancellationToken = default);

    /// <summary>Writes a new state of the message if nobody else changed it since it was read (ETag). Returns the stored message, or null when it lost the race.</summary>
    Task<OutboxMessage?> TryUpdateAsync(OutboxMessage message, CancellationToken cancellationToken = default);

    /// <summary>
    /// Messages still Pending or Failed that were created before <paramref name="olderThan"/>, and claims (Sending) last
    /// attempted before it, for the sweep that re-enqueues lost queue messages (delivery then settles a stale claim as ambiguous).
    /// </summary>
    IAsyncEnumerable<OutboxMessageId> FindUnsentAsync(DateTimeOffset olderThan, CancellationToken cancellationToken = default);
}
