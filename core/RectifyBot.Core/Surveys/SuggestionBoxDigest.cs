using System.Security.Cryptography;
using System.Text;
using RectifyBot.Core.Delivery;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Surveys.Notices;

namespace RectifyBot.Core.Surveys;

/// <summary>
/// Sends a unit's new suggestion-box opinions to its leaders (the office where the unit has none in the roster) as one
/// digest per written batch, never one message per opinion: a message arriving right after someone was seen typing
/// would point at them, while a batch of at least 5 shuffled opinions says no more than the stored batch does. The
/// outbox row is keyed by the batch's answers and the recipient, so a retry sends nothing twice; the answers are then
/// marked as carried. Run after each box batch is written and, to catch up, by the daily window-close run.
/// </summary>
public sealed class SuggestionBoxDigest(ISurveyBallotBox box, IRosterRepository rosters, IOutbox outbox, IDeliveryQueue queue, ISurveyNotices notices, TimeProvider time)
{
    public async Task<int> SendAsync(string unitCode, CancellationToken cancellationToken = default)
    {
        var boxId = SuggestionBox.BoxId(unitCode);
        var undigested = await box.UndigestedAsync(boxId, cancellationToken).ConfigureAwait(false);
        if (undigested.Count == 0)
        {
            return 0;
        }

        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        var leaders = SurveyViewers.Leaders(unitCode, roster);
        var recipients = leaders.Count > 0 ? leaders : SurveyViewers.Office(roster);
        var keys = undigested.Select(a => a.Key).Order(StringComparer.Ordinal).ToList();
        var batch = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(",", keys))))[..16];
        var opinions = undigested.Select(a => a.Value.Opinion).OfType<string>().ToList();
        var unitName = roster.Unit(unitCode)?.Name ?? unitCode;
        var sent = 0;
        foreach (var person in recipients)
        {
            if (person.AadObjectId is not { Length: > 0 } aad)
            {
                continue;
            }

            var id = new OutboxMessageId(SurveyNoticeOutbox.Table, boxId, $"digest|{batch}|{person.Number}");
            var message = new OutboxMessage
            {
                Id = id,
                RecipientAadObjectId = aad,
                Message = await notices.RenderDigestAsync(person, unitName, opinions, cancellationToken).ConfigureAwait(false),
                Cause = $"suggestion box {unitCode}: {opinions.Count} opinions",
                CreatedAt = time.GetUtcNow(),
            };
            if (await outbox.AddAsync(message, cancellationToken).ConfigureAwait(false))
            {
                sent++;
                await queue.EnqueueAsync(id, cancellationToken).ConfigureAwait(false);
            }
        }

        await box.MarkDigestedAsync(boxId, keys, cancellationToken).ConfigureAwait(false);
        return sent;
    }

    /// <summary>Every unit's box (the daily catch-up after a failed send).</summary>
    public async Task<int> SendAllAsync(CancellationToken cancellationToken = default)
    {
        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        var sent = 0;
        foreach (var unit in roster.Units.OrderBy(u => u.Code, StringComparer.Ordinal))
        {
            sent += await SendAsync(unit.Code, cancellationToken).ConfigureAwait(false);
        }

        return sent;
    }
}
