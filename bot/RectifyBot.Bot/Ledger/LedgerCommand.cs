using Microsoft.Bot.Builder;
using RectifyBot.Bot.Conversations;
using RectifyBot.Bot.Files;
using RectifyBot.Cards.Commands;
using RectifyBot.Cards.Ledger;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Replies;
using RectifyBot.Core.Ledger.Views;
using RectifyBot.Documents.Ledger;

namespace RectifyBot.Bot.Ledger;

/// <summary>
/// "台帐" / "ledger" and "逾期" / "overdue": the ledger summary card of the viewer's units; its "export Excel" button
/// sends 整改台帐.xlsx through a file consent card. Refused to anyone who may see the status of no unit.
/// </summary>
public sealed class LedgerCommand(LedgerQuery query, FileConsentOffers offers) : IChatCommand
{
    public bool CanAnswer(ChatRequest request) =>
        request is not null && (request.Command == KnownCommands.Ledger || request.Command == KnownCommands.Overdue
            || string.Equals(request.Verb, KnownCommands.LedgerExportVerb, StringComparison.Ordinal));

    public async Task<ChatReply> HandleAsync(ChatRequest request, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Person is not { } person)
        {
            return ChatReply.Message(BotReplies.NotInRoster(request.Language));
        }

        var view = await query.ForAsync(person, cancellationToken).ConfigureAwait(false);
        if (view is null)
        {
            return ChatReply.Message(CardText.Get(request.Language, "Ledger_NotAllowed"));
        }

        if (string.Equals(request.Verb, KnownCommands.LedgerExportVerb, StringComparison.Ordinal))
        {
            var name = $"整改台帐-{view.Today:yyyyMMdd}.xlsx";
            return await offers.OfferAsync(request, turnContext, name, LedgerWorkbook.Write(view), cancellationToken).ConfigureAwait(false);
        }

        return ChatReply.Card(LedgerSummaryCard.Build(request.Language, view, overdueAsked: request.Command == KnownCommands.Overdue).ToJson());
    }
}
