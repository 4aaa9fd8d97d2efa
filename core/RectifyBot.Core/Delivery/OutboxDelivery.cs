using Microsoft.Extensions.Logging;
using RectifyBot.Core.Conversations;
using RectifyBot.Core.Diagnostics;

namespace RectifyBot.Core.Delivery;

/// <summary>
/// Delivers one outbox message at least once and never twice by accident:
/// a message already settled is skipped, the claim (Sending) is written before the send,
/// a fresh claim found on arrival belongs to another sender still at work, and a stale one means a sender died
/// mid-send, which is recorded as ambiguous rather than resent. A recipient refused for good (403/404) is recorded in
/// <see cref="IUnreachableRecipients"/> for the office.
/// </summary>
public sealed partial class OutboxDelivery(
    IOutbox outbox,
    IConversationAddressBook addressBook,
    IMessageSender sender,
    OutboxClaimLease claimLease,
    IUnreachableRecipients unreachable,
    TimeProvider clock,
    ILogger<OutboxDelivery> logger) : IOutboxDelivery
{
    public async Task<OutboxStatus?> DeliverAsync(OutboxMessageId id, CancellationToken cancellationToken = default)
    {
        var message = await outbox.FindAsync(id, cancellationToken).ConfigureAwait(false);
        if (message is null)
        {
            LogMissing(id);
            return null;
        }

        // The send logs under the id of the turn or run that wrote the row.
        using var operation = Correlation.Continue("OutboxDelivery", message.CorrelationId);

        switch (message.Status)
        {
            case OutboxStatus.Sent or OutboxStatus.Undeliverable or OutboxStatus.Ambiguous:
                return message.Status;
            case OutboxStatus.Sending when !claimLease.IsStale(message, clock.GetUtcNow()):
                return OutboxStatus.Sending;
            case OutboxStatus.Sending:
                return await SettleAsync(message, OutboxStatus.Ambiguous, "a previous attempt stopped while sending", cancellationToken).ConfigureAwait(false);
        }

        var address = await addressBook.FindAsync(message.RecipientAadObjectId, cancellationToken).ConfigureAwait(false);
        if (address is null)
        {
            return await SettleAsync(message, OutboxStatus.Undeliverable, "no conversation with the recipient (bot never opened)", cancellationToken).ConfigureAwait(false);
        }

        var claimed = await outbox.TryUpdateAsync(
            message with { Status = OutboxStatus.Sending, Attempts = message.Attempts + 1, LastAttemptAt = clock.GetUtcNow() },
            cancellationToken).ConfigureAwait(false);
        if (claimed is null)
        {
            // Another sender claimed it first; it owns the send.
            return OutboxStatus.Sending;
        }

        var replaces = await ReplacedActivityAsync(claimed, cancellationToken).ConfigureAwait(false);
        if (claimed.ReplacesRowKey is not null && replaces is null)
        {
            // An update of a card that never reached its recipient: there is nothing to update, and a lone update would confuse.
            return await SettleAsync(claimed, OutboxStatus.Undeliverable, "the message it updates was never sent", cancellationToken).ConfigureAwait(false);
        }

        // The claim is written: from here on, the cancellation of the caller must not leave it dangling without a verdict.
        var outcome = await sender.SendAsync(address, claimed.Message, replaces, cancellationToken).ConfigureAwait(false);
        var settled = outcome switch
        {
            SendOutcome.Sent sent => claimed with { Status = OutboxStatus.Sent, SentActivityId = sent.ActivityId, ConversationId = sent.ConversationId, LastError = null },
            SendOutcome.Undeliverable u => claimed with { Status = OutboxStatus.Undeliverable, LastError = u.Reason },
            SendOutcome.Ambiguous a => claimed with { Status = OutboxStatus.Ambiguous, LastError = a.Reason },
            SendOutcome.Failed f => claimed with { Status = OutboxStatus.Failed, LastError = f.Reason },
            _ => throw new InvalidOperationException($"Unknown send outcome {outcome.GetType().Name}"),
        };
        var stored = await outbox.TryUpdateAsync(settled, CancellationToken.None).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Outbox message {id} changed while this sender held its claim.");
        LogSettled(id, stored.Status, stored.Attempts);
        if (outcome is SendOutcome.Undeliverable { RecipientUnreachable: true } refused)
        {
            await unreachable.RecordAsync(
                new UnreachableRecipient(stored.RecipientAadObjectId, clock.GetUtcNow(), refused.StatusCode!.Value, refused.Reason, id.ToString()),
                CancellationToken.None).ConfigureAwait(false);
        }

        return stored.Status;
    }

    /// <summary>The activity an update replaces, if the message it updates was sent.</summary>
    private async Task<string?> ReplacedActivityAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (message.ReplacesRowKey is not { } rowKey)
        {
            return null;
        }

        var original = await outbox.FindAsync(message.Id with { RowKey = rowKey }, cancellationToken).ConfigureAwait(false);
        return original is { Status: OutboxStatus.Sent, SentActivityId: { Length: > 0 } activityId } ? activityId : null;
    }

    private async Task<OutboxStatus> SettleAsync(OutboxMessage message, OutboxStatus status, string reason, CancellationToken cancellationToken)
    {
        var stored = await outbox.TryUpdateAsync(message with { Status = status, LastError = reason, LastAttemptAt = clock.GetUtcNow() }, cancellationToken).ConfigureAwait(false);
        LogSettled(message.Id, status, message.Attempts);
        return stored?.Status ?? status;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {Id} not found")]
    private partial void LogMissing(OutboxMessageId id);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox message {Id} is {Status} after {Attempts} attempt(s)")]
    private partial void LogSettled(OutboxMessageId id, OutboxStatus status, int attempts);
}
