using RectifyBot.Core.Delivery;

namespace RectifyBot.Core.Supervision;

/// <summary>
/// What each person was reminded of, keyed by recipient, China Standard Time day and kind; the digest that told them
/// is an outbox row written in the same transaction, so a reminder is logged if and only if its message will go out.
/// </summary>
public interface IReminderLog
{
    /// <summary>The reminder keys (<see cref="ReminderItem.Key"/>) logged for the person since <paramref name="since"/>, and how many digests they had on <paramref name="day"/>.</summary>
    Task<ReminderLogRead> ReadAsync(string recipientNumber, DateOnly since, DateOnly day, CancellationToken cancellationToken = default);

    /// <summary>
    /// Logs the items as digest <paramref name="digest"/> of the day, with its outbox row (none when the person cannot
    /// be reached), all or nothing. False when that digest was already logged (a concurrent run won).
    /// </summary>
    Task<bool> RecordAsync(string recipientNumber, DateOnly day, int digest, IReadOnlyList<ReminderItem> items, OutboxMessage? message, CancellationToken cancellationToken = default);

    /// <summary>The outbox id of a person's digest of a day.</summary>
    OutboxMessageId DigestId(string recipientNumber, DateOnly day, int digest);
}

/// <summary>Reminder keys already logged, and the number of digests the person had on the day read.</summary>
public sealed record ReminderLogRead(IReadOnlySet<string> Keys, int DigestsToday);
