using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using RectifyBot.Core.Delivery;

namespace RectifyBot.Functions.Tests.Support;

/// <summary>Test double of the outbox port (the Table Storage adapter is tested in its own project).</summary>
public sealed class InMemoryOutbox : IOutbox
{
    private readonly ConcurrentDictionary<OutboxMessageId, OutboxMessage> _rows = new();

    public Task<bool> AddAsync(OutboxMessage message, CancellationToken cancellationToken = default) =>
        Task.FromResult(_rows.TryAdd(message.Id, message));

    public Task<OutboxMessage?> FindAsync(OutboxMessageId id, CancellationToken cancellationToken = default) =>
        Task.FromResult(_rows.TryGetValue(id, out var message) ? message : null);

    public Task<OutboxMessage?> TryUpdateAsync(OutboxMessage message, CancellationToken cancellationToken = default)
    {
        _rows[message.Id] = message;
        return Task.FromResult<OutboxMessage?>(message);
    }

    public async IAsyncEnumerable<OutboxMessageId> FindUnsentAsync(DateTimeOffset olderThan, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        foreach (var row in _rows.Values.Where(r => r.Status is OutboxStatus.Pending or OutboxStatus.Failed && r.CreatedAt < olderThan).OrderBy(r => r.CreatedAt))
        {
            yield return row.Id;
        }
    }
}
