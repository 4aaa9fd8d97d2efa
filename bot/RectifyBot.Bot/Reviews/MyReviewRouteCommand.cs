using Microsoft.Bot.Builder;
using RectifyBot.Bot.Conversations;
using RectifyBot.Cards.Commands;
using RectifyBot.Cards.Replies;
using RectifyBot.Cards.Reviews;
using RectifyBot.Core.Reviews;

namespace RectifyBot.Bot.Reviews;

/// <summary>"我的审核路径" / "my review route": who reviews the person's measures and why, in words, override included.</summary>
public sealed class MyReviewRouteCommand(RouteOverrideSetting setting) : IChatCommand
{
    public bool CanAnswer(ChatRequest request) => request?.Command == KnownCommands.MyReviewRoute;

    public async Task<ChatReply> HandleAsync(ChatRequest request, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Person is not { } person)
        {
            return ChatReply.Message(BotReplies.NotInRoster(request.Language));
        }

        var outcome = await setting.RouteOfAsync(person, cancellationToken).ConfigureAwait(false);
        return ChatReply.Message(ReviewRouteText.Describe(request.Language, outcome.Author!, outcome.Route!, outcome.Roster!));
    }
}
