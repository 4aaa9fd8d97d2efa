namespace RectifyBot.Core.Delivery;

public static class DeliveryQueueExtensions
{
    /// <summary>
    /// Enqueues the saved outbox rows for sending, stopping at the first failure, which it returns (id, error type) for
    /// the caller to log: the state change is already saved, and the outbox sweep enqueues what was lost, so a failure
    /// here never fails the user's turn.
    /// </summary>
    public static async Task<(OutboxMessageId Id, string Error)?> TryEnqueueAllAsync(this IDeliveryQueue queue, IEnumerable<OutboxMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(messages);
        foreach (var message in messages)
        {
            try
            {
                await queue.EnqueueAsync(message.Id, CancellationToken.None).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // See the summary: recovered by the outbox sweep.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                return (message.Id, ex.GetType().Name);
            }
        }

        return null;
    }
}
