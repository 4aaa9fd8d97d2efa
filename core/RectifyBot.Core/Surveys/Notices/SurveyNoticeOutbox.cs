using RectifyBot.Core.Delivery;

namespace RectifyBot.Core.Surveys.Notices;

/// <summary>
/// Writes survey notices as outbox rows (table Outbox, partition = survey id, row key = kind and recipient), so a rerun
/// of the close or a second "publish" adds nothing and sends nothing twice; each new row is queued for sending.
/// </summary>
public sealed class SurveyNoticeOutbox(IOutbox outbox, IDeliveryQueue queue, ISurveyNotices notices, TimeProvider time)
{
    public const string Table = "Outbox";

    public static OutboxMessageId IdFor(string surveyId, SurveyNoticeKind kind, string recipientNumber) => new(Table, surveyId, $"survey|{kind}|{recipientNumber}");

    /// <summary>Adds a row for each recipient bound to Teams that has none yet; returns how many were added.</summary>
    public async Task<int> SendAsync(IEnumerable<SurveyNotice> toSend, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(toSend);
        var added = 0;
        foreach (var notice in toSend)
        {
            if (notice.Recipient.AadObjectId is not { Length: > 0 } aad)
            {
                continue;
            }

            var id = IdFor(notice.Survey.Id, notice.Kind, notice.Recipient.Number);
            if (await outbox.FindAsync(id, cancellationToken).ConfigureAwait(false) is not null)
            {
                continue;
            }

            var message = new OutboxMessage
            {
                Id = id,
                RecipientAadObjectId = aad,
                Message = await notices.RenderAsync(notice, cancellationToken).ConfigureAwait(false),
                Cause = $"survey {notice.Survey.Id}: {notice.Kind}",
                CreatedAt = time.GetUtcNow(),
            };
            if (await outbox.AddAsync(message, cancellationToken).ConfigureAwait(false))
            {
                added++;
                await queue.EnqueueAsync(id, cancellationToken).ConfigureAwait(false);
            }
        }

        return added;
    }
}
