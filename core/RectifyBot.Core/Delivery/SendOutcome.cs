namespace RectifyBot.Core.Delivery;

/// <summary>How one send ended, after the channel-specific retries were spent.</summary>
public abstract record SendOutcome
{
    private SendOutcome() { }

    public sealed record Sent(string? ActivityId, string ConversationId) : SendOutcome;

    /// <summary>Final refusal (403, 404): do not retry. <paramref name="StatusCode"/> is the channel's answer when there was one.</summary>
    public sealed record Undeliverable(string Reason, int? StatusCode = null) : SendOutcome
    {
        /// <summary>403 (app uninstalled, bot blocked) or 404 (unknown user or conversation): the person, not the message, cannot be reached.</summary>
        public bool RecipientUnreachable => StatusCode is 403 or 404;
    }

    /// <summary>The request may have reached the channel: do not resend blindly.</summary>
    public sealed record Ambiguous(string Reason) : SendOutcome;

    /// <summary>Transient failure outlasted the retries; safe to try again later because nothing reached the channel.</summary>
    public sealed record Failed(string Reason) : SendOutcome;
}
