using RectifyBot.Core.Conversations;

namespace RectifyBot.Core.Delivery;

/// <summary>Sends one message into a person's conversation, with the channel's retry rules (Retry-After on 429, backoff on 412/5xx).</summary>
public interface IMessageSender
{
    Task<SendOutcome> SendAsync(ConversationAddress address, OutgoingMessage message, CancellationToken cancellationToken = default);
}
