using Microsoft.Bot.Builder;

namespace RectifyBot.Bot.Conversations;

/// <summary>
/// One thing a person can ask the bot. Each feature adds one (registered in DI, in order); the first that
/// <see cref="CanAnswer"/> a request answers it. Authorization is decided inside, with the core's AccessPolicy.
/// </summary>
public interface IChatCommand
{
    bool CanAnswer(ChatRequest request);

    Task<ChatReply> HandleAsync(ChatRequest request, ITurnContext turnContext, CancellationToken cancellationToken);
}
