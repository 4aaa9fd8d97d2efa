using Microsoft.Extensions.Logging;

namespace RectifyBot.Core.Delivery;

/// <summary>
/// The at-least-once safety net: an outbox row is written first and its queue message second, so a crash
/// in between leaves a row nobody will send. The sweep enqueues rows still Pending or Failed that are older
/// than <c>minimumAge</c> (younger ones probably have their queue message in flight).
/// Enqueuing twice is harmless: the sender skips messages already settled.
/// </summary>
public sealed partial class UnsentOutboxSweep(
    IOutbox outbox,
    IDeliveryQueue queue,
    TimeProvider clock,
    ILogger<UnsentOutboxSweep> logger)
{
    public async Task<int> RequeueAsync(TimeSpan minimumAge, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumAge, TimeSpan.Zero);
        var olderThan = clock.GetUtcNow() - minimumAge;
        var requeued = 0;
        await foreach (var id in outbox.FindUnsentAsync(olderThan, cancellationToken).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            await queue.EnqueueAsync(id, cancellationToken).ConfigureAwait(false);
            requeued++;
        }

        if (requeued > 0)
        {
            LogRequeued(requeued, olderThan);
        }

        return requeued;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-enqueued {Count} unsent outbox message(s) created before {OlderThan:o}")]
    private partial void LogRequeued(int count, DateTimeOffset olderThan);
}
