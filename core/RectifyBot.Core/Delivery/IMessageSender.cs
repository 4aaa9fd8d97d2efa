using RectifyBot.Core.Conversations;

namespace RectifyBot.Core.Delivery;

/// <summary>Sends one message into a person's conversation, with the channel's retry rules (Retry-After on 429, backoff on 412/5xx).</summary>
public interface IMessageSender
{
    /// <param name="address">The person's conversation.</param>
    /// <param name="message">What to send.</param>
    /// <param name="replacesActivityId">An activity already sent there that this message replaces in place (UpdateActivity), e.g. a reviewer's card after a decision.</param>
    /// <param name="cancellationToken">Stops waiting between attempts.</param>
    Task<SendOutcome> SendAsync(ConversationAddress address, OutgoingMessage message, string? replacesActivityId = null, CancellationToken cancellationToken = default);
}
