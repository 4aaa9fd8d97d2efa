using System.Globalization;
using Microsoft.Extensions.Logging;

namespace RectifyBot.Core.Delivery;

/// <summary>
/// Records on the outbox row that the queue gave up on it (its message reached the poison queue after every attempt):
/// a row still Pending or Failed becomes Undeliverable with the reason and its last error, so the failure is kept and
/// the requeue sweep stops sending it. Settled rows stay as they are; a row still claimed (Sending) is left to its
/// sender or, once the claim is stale, to the sweep.
/// </summary>
public sealed partial class OutboxGiveUp(IOutbox outbox, TimeProvider clock, ILogger<OutboxGiveUp> logger)
{
    public const string ReasonPrefix = "gave up after the queue's attempts";

    /// <summary>Returns the row's status after recording, or null when no such row exists.</summary>
    public async Task<OutboxStatus?> RecordAsync(OutboxMessageId id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        while (true)
        {
            var message = await outbox.FindAsync(id, cancellationToken).ConfigureAwait(false);
            if (message is null)
            {
                LogMissing(id);
                return null;
            }

            if (message.Status is not (OutboxStatus.Pending or OutboxStatus.Failed))
            {
                return message.Status;
            }

            var reason = string.Create(
                CultureInfo.InvariantCulture,
                $"{ReasonPrefix} ({message.Attempts} send(s)): {message.LastError ?? "no error recorded"}");
            var stored = await outbox.TryUpdateAsync(
                message with { Status = OutboxStatus.Undeliverable, LastError = reason, LastAttemptAt = clock.GetUtcNow() },
                cancellationToken).ConfigureAwait(false);
            if (stored is not null)
            {
                LogGaveUp(id, message.Attempts);
                return stored.Status;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Poisoned outbox message {Id} has no outbox row")]
    private partial void LogMissing(OutboxMessageId id);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {Id} given up after {Attempts} send(s); recorded as undeliverable")]
    private partial void LogGaveUp(OutboxMessageId id, int attempts);
}
