using Microsoft.Bot.Builder;
using RectifyBot.Bot.Conversations;
using RectifyBot.Cards.Commands;
using RectifyBot.Cards.Delivery;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Replies;
using RectifyBot.Core.Delivery;

namespace RectifyBot.Bot.Delivery;

/// <summary>"无法送达" / "unreachable": the office's list of people messages cannot reach, as a card; refused to everyone else.</summary>
public sealed class UnreachableCommand(UnreachableRecipientsList list) : IChatCommand
{
    public bool CanAnswer(ChatRequest request) => request?.Command == KnownCommands.Unreachable;

    public async Task<ChatReply> HandleAsync(ChatRequest request, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Person is not { } person)
        {
            return ChatReply.Message(BotReplies.NotInRoster(request.Language));
        }

        var report = await list.RunAsync(person, cancellationToken).ConfigureAwait(false);
        return report is null
            ? ChatReply.Message(CardText.Get(request.Language, "Reply_OfficeOnly"))
            : ChatReply.Card(UnreachableRecipientsCard.Build(request.Language, report).ToJson());
    }
}
