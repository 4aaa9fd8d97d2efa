using System.Collections.Concurrent;
using RectifyBot.Core.Delivery;

namespace RectifyBot.Functions.Tests.Support;

public sealed class RecordingDeliveryQueue : IDeliveryQueue
{
    public ConcurrentQueue<OutboxMessageId> Enqueued { get; } = new();

    public Task EnqueueAsync(OutboxMessageId id, CancellationToken cancellationToken = default)
    {
        Enqueued.Enqueue(id);
        return Task.CompletedTask;
    }
}
