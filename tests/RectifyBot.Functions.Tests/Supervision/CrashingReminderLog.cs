using RectifyBot.Core.Delivery;
using RectifyBot.Core.Supervision;

namespace RectifyBot.Functions.Tests.Supervision;

/// <summary>The real reminder log that dies (throws) instead of making its (k+1)th write, as a process killed mid-sweep would.</summary>
public sealed class CrashingReminderLog(IReminderLog inner, int writesBeforeCrash) : IReminderLog
{
    private int _writes;

    public OutboxMessageId DigestId(string recipientNumber, DateOnly day, int digest) => inner.DigestId(recipientNumber, day, digest);

    public Task<ReminderLogRead> ReadAsync(string recipientNumber, DateOnly since, DateOnly day, CancellationToken cancellationToken = default) =>
        inner.ReadAsync(recipientNumber, since, day, cancellationToken);

    public Task<bool> RecordAsync(string recipientNumber, DateOnly day, int digest, IReadOnlyList<ReminderItem> items, OutboxMessage? message, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Increment(ref _writes) > writesBeforeCrash)
        {
            throw new InvalidOperationException("Process killed mid-sweep (test).");
        }

        return inner.RecordAsync(recipientNumber, day, digest, items, message, cancellationToken);
    }
}
