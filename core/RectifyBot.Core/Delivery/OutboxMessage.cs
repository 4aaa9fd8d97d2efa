using RectifyBot.Core.Diagnostics;

namespace RectifyBot.Core.Delivery;

/// <summary>One message to one person, kept until it is sent or known to be undeliverable.</summary>
public sealed record OutboxMessage
{
    public required OutboxMessageId Id { get; init; }

    /// <summary>The recipient's Azure AD object id; the conversation address is looked up when sending, so a refreshed address is used.</summary>
    public required string RecipientAadObjectId { get; init; }

    public required OutgoingMessage Message { get; init; }

    /// <summary>What caused it, in words for the audit trail (e.g. "welcome", "review decision 42").</summary>
    public required string Cause { get; init; }

    public OutboxStatus Status { get; init; } = OutboxStatus.Pending;

    public int Attempts { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? LastAttemptAt { get; init; }

    /// <summary>The channel's id of the sent activity, so the message can be updated in place later.</summary>
    public string? SentActivityId { get; init; }

    public string? ConversationId { get; init; }

    /// <summary>
    /// The row key, in this message's table and partition, of an earlier message whose activity this one replaces in
    /// place (a reviewer's card copy after a decision). If that one was never sent, there is nothing to update: this one is not sent.
    /// </summary>
    public string? ReplacesRowKey { get; init; }

    /// <summary>Why it is not sent (status code and reason); never the message text.</summary>
    public string? LastError { get; init; }

    /// <summary>The operation that wrote it (<see cref="Correlation"/>): its send logs under the same id.</summary>
    public string? CorrelationId { get; init; } = Correlation.CurrentId;

    /// <summary>Optimistic concurrency token from storage; null before the first write.</summary>
    public string? ETag { get; init; }
}
