using System.Globalization;
using RectifyBot.Core.Delivery;

namespace RectifyBot.Core.Plans.Notices;

/// <summary>
/// Turns plan notices into outbox rows in the unit's partition of the Plans table. Keys come from the cause (version,
/// kind, recipient, transition), so a retried transition adds nothing and a closing update knows which copy it replaces.
/// </summary>
public sealed class PlanNoticeOutbox(IPlanNotices notices, TimeProvider time)
{
    /// <summary>The logical table the plans live in (the repository's).</summary>
    public const string Table = "Plans";

    public static string CopyKey(int version, PlanNoticeKind kind, string recipientNumber) =>
        string.Create(CultureInfo.InvariantCulture, $"notice|v{version:D4}|{kind}|{recipientNumber}");

    public async Task<IReadOnlyList<OutboxMessage>> ToMessagesAsync(IEnumerable<PlanNotice> toSend, int transition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(toSend);
        var messages = new List<OutboxMessage>();
        foreach (var notice in toSend)
        {
            if (notice.Recipient.AadObjectId is not { Length: > 0 } aad)
            {
                // Never opened the bot: their list ("unit plans", the office's queue) shows it when they come.
                continue;
            }

            var closes = Closes(notice.Kind);
            var key = closes is { } copy
                ? string.Create(CultureInfo.InvariantCulture, $"{CopyKey(notice.Version.Version, copy, notice.Recipient.Number)}|closed-{transition}")
                : notice.Kind is PlanNoticeKind.FilingCopy or PlanNoticeKind.OfficeDecisionCopy
                    ? CopyKey(notice.Version.Version, notice.Kind, notice.Recipient.Number)
                    : string.Create(CultureInfo.InvariantCulture, $"notice|v{notice.Version.Version:D4}|{notice.Kind}-{transition}|{notice.Recipient.Number}");
            if (messages.Any(m => m.Id.RowKey == key))
            {
                continue;
            }

            messages.Add(new OutboxMessage
            {
                Id = new OutboxMessageId(Table, notice.Version.UnitCode, key),
                RecipientAadObjectId = aad,
                Message = await notices.RenderAsync(notice, cancellationToken).ConfigureAwait(false),
                Cause = string.Create(CultureInfo.InvariantCulture, $"plan {notice.Version.UnitCode} v{notice.Version.Version}: {notice.Kind}"),
                CreatedAt = time.GetUtcNow(),
                ReplacesRowKey = closes is { } replaced ? CopyKey(notice.Version.Version, replaced, notice.Recipient.Number) : null,
            });
        }

        return messages;
    }

    private static PlanNoticeKind? Closes(PlanNoticeKind kind) => kind switch
    {
        PlanNoticeKind.FilingClosed => PlanNoticeKind.FilingCopy,
        PlanNoticeKind.OfficeDecisionClosed => PlanNoticeKind.OfficeDecisionCopy,
        _ => null,
    };
}
