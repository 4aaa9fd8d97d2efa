using System.Globalization;
using RectifyBot.Core.Delivery;

namespace RectifyBot.Core.Measures.Notices;

/// <summary>
/// Turns notices into outbox rows in the member's partition of the Measures table. Row keys are derived from the
/// cause (version, kind, recipient, transition), so a retried transition adds nothing and a closing update knows
/// which copy it replaces.
/// </summary>
public sealed class NoticeOutbox(IMeasureNotices notices, TimeProvider time)
{
    /// <summary>The logical table the measures live in (the repository's).</summary>
    public const string Table = "Measures";

    public static string CopyKey(int version, MeasureNoticeKind kind, string recipientNumber) =>
        string.Create(CultureInfo.InvariantCulture, $"notice|v{version:D4}|{kind}|{recipientNumber}");

    public async Task<IReadOnlyList<OutboxMessage>> ToMessagesAsync(
        IEnumerable<MeasureNotice> toSend, int transition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(toSend);
        var messages = new List<OutboxMessage>();
        foreach (var notice in toSend)
        {
            if (notice.Recipient.AadObjectId is not { Length: > 0 } aad)
            {
                // Never opened the bot: nothing can reach them; their queue shows it when they come.
                continue;
            }

            var key = RowKey(notice, transition);
            if (messages.Any(m => m.Id.RowKey == key))
            {
                continue;
            }

            messages.Add(new OutboxMessage
            {
                Id = new OutboxMessageId(Table, notice.Author.Number, key),
                RecipientAadObjectId = aad,
                Message = await notices.RenderAsync(notice, cancellationToken).ConfigureAwait(false),
                Cause = string.Create(CultureInfo.InvariantCulture, $"measures {notice.Author.Number} v{notice.Version.Version}: {notice.Kind}"),
                CreatedAt = time.GetUtcNow(),
                ReplacesRowKey = notice.Kind == MeasureNoticeKind.CopyClosed ? ClosedCopyKey(notice) : null,
            });
        }

        return messages;
    }

    private static string RowKey(MeasureNotice notice, int transition) => notice.Kind switch
    {
        MeasureNoticeKind.ReviewCopy or MeasureNoticeKind.OfficeCopy or MeasureNoticeKind.AssistCopy =>
            CopyKey(notice.Version.Version, notice.Kind, notice.Recipient.Number),
        MeasureNoticeKind.CopyClosed =>
            string.Create(CultureInfo.InvariantCulture, $"{ClosedCopyKey(notice)}|closed-{transition}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"notice|v{notice.Version.Version:D4}|{notice.Kind}-{transition}|{notice.Recipient.Number}"),
    };

    /// <summary>The copy a closing update replaces: the recipient's review, office or assisting copy of the version.</summary>
    private static string ClosedCopyKey(MeasureNotice notice) =>
        CopyKey(notice.Version.Version, notice.Closes ?? throw new ArgumentException("A closing notice names the copy it closes.", nameof(notice)), notice.Recipient.Number);
}
