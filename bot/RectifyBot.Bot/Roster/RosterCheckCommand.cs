using Microsoft.Bot.Builder;
using RectifyBot.Bot.Conversations;
using RectifyBot.Cards.Commands;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Replies;
using RectifyBot.Cards.Roster;
using RectifyBot.Core.Roster;

namespace RectifyBot.Bot.Roster;

/// <summary>"名册检查" / "roster check": the office's roster-health report as a card; refused to everyone else.</summary>
public sealed class RosterCheckCommand(RosterCheck check) : IChatCommand
{
    public bool CanAnswer(ChatRequest request) => request?.Command == KnownCommands.RosterCheck;

    public async Task<ChatReply> HandleAsync(ChatRequest request, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Person is not { } person)
        {
            return ChatReply.Message(BotReplies.NotInRoster(request.Language));
        }

        var result = await check.RunAsync(person, cancellationToken).ConfigureAwait(false);
        return result is null
            ? ChatReply.Message(CardText.Get(request.Language, "Reply_OfficeOnly"))
            : ChatReply.Card(RosterHealthCard.Build(request.Language, result).ToJson());
    }
}
