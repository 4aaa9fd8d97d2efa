using Microsoft.Bot.Builder;
using RectifyBot.Bot.Conversations;
using RectifyBot.Bot.Files;
using RectifyBot.Cards.Commands;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Replies;
using RectifyBot.Core.Roster;
using RectifyBot.Documents.Roster;

namespace RectifyBot.Bot.Roster;

/// <summary>The roster check card's "export Excel": 名册检查.xlsx through a file consent card, for the office only.</summary>
public sealed class RosterCheckExportCommand(RosterCheck check, FileConsentOffers offers) : IChatCommand
{
    public bool CanAnswer(ChatRequest request) => string.Equals(request?.Verb, KnownCommands.RosterCheckExportVerb, StringComparison.Ordinal);

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
            : await offers.OfferAsync(request, turnContext, "名册检查.xlsx", RosterHealthWorkbook.Write(result), cancellationToken).ConfigureAwait(false);
    }
}
