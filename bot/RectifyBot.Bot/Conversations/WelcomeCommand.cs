using Microsoft.Bot.Builder;
using RectifyBot.Cards.Commands;
using RectifyBot.Cards.Welcome;

namespace RectifyBot.Bot.Conversations;

/// <summary>"帮助" / "help" / "你好": what RectifyBot does and what to say to it.</summary>
public sealed class WelcomeCommand : IChatCommand
{
    public bool CanAnswer(ChatRequest request) =>
        request.Command == KnownCommands.Help || request.Command == KnownCommands.Greeting;

    public Task<ChatReply> HandleAsync(ChatRequest request, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Task.FromResult(ChatReply.Card(WelcomeCard.Build(request.Language).ToJson()));
    }
}
