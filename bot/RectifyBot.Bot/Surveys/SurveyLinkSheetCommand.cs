using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using RectifyBot.Bot.Conversations;
using RectifyBot.Bot.Files;
using RectifyBot.Cards.Commands;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Replies;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Surveys;
using RectifyBot.Documents.Surveys;

namespace RectifyBot.Bot.Surveys;

/// <summary>
/// "测评链接 &lt;测评编号&gt;" / "survey links &lt;survey id&gt;": the organiser's printable sheet of one-time links with QR
/// codes (an HTML file sent by file consent card), for the sampled people without Teams and the service recipients.
/// Without an id: the organiser's open surveys to choose from.
/// </summary>
public sealed class SurveyLinkSheetCommand(SurveyLinkSheet sheets, ISurveyRepository surveys, IRosterRepository rosters, FileConsentOffers offers, IOptions<SurveyLinkOptions> links, TimeProvider time) : IChatCommand
{
    public bool CanAnswer(ChatRequest request) =>
        request is not null && (request.Command == KnownCommands.SurveyLinkSheet
            || (request.Command is null && request.Verb is null && CommandRecognizer.ArgumentsOf(KnownCommands.SurveyLinkSheet, request.Text) is { Length: > 0 }));

    public async Task<ChatReply> HandleAsync(ChatRequest request, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Person is not { } person)
        {
            return ChatReply.Message(BotReplies.NotInRoster(request.Language));
        }

        var surveyId = CommandRecognizer.ArgumentsOf(KnownCommands.SurveyLinkSheet, request.Text);
        if (string.IsNullOrWhiteSpace(surveyId))
        {
            var now = time.GetUtcNow();
            var open = (await surveys.ListAsync(cancellationToken).ConfigureAwait(false))
                .Where(s => !s.Window.HasClosedAt(now) && SurveyOrganisers.CanOrganise(person, s))
                .OrderBy(s => s.Id, StringComparer.Ordinal)
                .Select(s => CardText.Format(request.Language, "SurveyLinks_Item", s.UnitName, s.Id));
            return ChatReply.Message(CardText.Get(request.Language, "SurveyLinks_Usage") + "\n\n" + string.Join("\n\n", open));
        }

        var (problem, survey, issued) = await sheets.IssueAsync(person, surveyId, cancellationToken).ConfigureAwait(false);
        if (problem is { } p)
        {
            return ChatReply.Message(CardText.Format(request.Language, "SurveyLinks_Problem_" + p, surveyId));
        }

        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        string NameOf(string number) => roster.Person(number) is { } who
            ? who.Name + "（" + (roster.Unit(who.PartyUnitCode ?? who.Post?.UnitCode)?.Name ?? number) + "）"
            : number;
        var file = SurveyLinkSheetPage.Write(survey!, issued, token => links.Value.Reply(survey!.Id, token), NameOf);
        return await offers.OfferAsync(request, turnContext, SurveyLinkSheetPage.FileName(survey!), file, cancellationToken).ConfigureAwait(false);
    }
}
