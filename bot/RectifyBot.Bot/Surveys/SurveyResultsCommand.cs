using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using RectifyBot.Bot.Conversations;
using RectifyBot.Bot.Files;
using RectifyBot.Cards.Commands;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Replies;
using RectifyBot.Cards.Surveys;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Surveys;
using RectifyBot.Documents.Surveys;

namespace RectifyBot.Bot.Surveys;

/// <summary>
/// "测评结果" / "survey results" (optionally followed by a survey id): the results card of a closed survey, for the
/// office, the unit's leaders and its organisers only; with several, a list to pick from. The card's buttons export the
/// results as Excel with a chart (file consent card) and publish them to the surveyed scope ("发布结果", organisers).
/// </summary>
public sealed class SurveyResultsCommand(
    ISurveyRepository surveys, SurveyResults results, SurveyPublishing publishing, IRosterRepository rosters, FileConsentOffers offers,
    IOptions<SurveyLinkOptions> links, TimeProvider time) : IChatCommand
{
    public const string SurveyKey = "surveyId";
    public const int Listed = 20;

    public bool CanAnswer(ChatRequest request) =>
        request is not null && (request.Command == KnownCommands.SurveyResults
            || request.Verb is KnownCommands.SurveyExportVerb or KnownCommands.SurveyPublishVerb
            || (request.Command is null && request.Verb is null && CommandRecognizer.ArgumentsOf(KnownCommands.SurveyResults, request.Text) is { Length: > 0 }));

    public async Task<ChatReply> HandleAsync(ChatRequest request, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Person is not { } person)
        {
            return ChatReply.Message(BotReplies.NotInRoster(request.Language));
        }

        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var asked = request.Data?.Value<string>(SurveyKey) ?? CommandRecognizer.ArgumentsOf(KnownCommands.SurveyResults, request.Text);
        var visible = (await surveys.ListAsync(cancellationToken).ConfigureAwait(false))
            .Where(s => SurveyViewers.CanSeeResults(person, s, roster))
            .OrderByDescending(s => s.Window.ClosesAt).ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
        Survey? survey;
        if (!string.IsNullOrWhiteSpace(asked))
        {
            survey = visible.FirstOrDefault(s => string.Equals(s.Id, asked.Trim(), StringComparison.OrdinalIgnoreCase));
            if (survey is null)
            {
                return ChatReply.Message(CardText.Format(request.Language, "SurveyResults_NotFound", asked.Trim()));
            }
        }
        else
        {
            var closed = visible.Where(s => s.Window.HasClosedAt(now)).ToList();
            if (closed.Count == 0)
            {
                return ChatReply.Message(CardText.Get(request.Language, visible.Count == 0 && !AnyLeadership(person, roster) ? "SurveyResults_NotAllowed" : "SurveyResults_None"));
            }

            if (closed.Count > 1)
            {
                return ChatReply.Card(SurveyListCard.Build(request.Language, closed.Take(Listed).ToList(), closed.Count).ToJson());
            }

            survey = closed[0];
        }

        if (!survey.Window.HasClosedAt(now))
        {
            return ChatReply.Message(CardText.Format(request.Language, "SurveyResults_StillOpen", survey.UnitName, survey.Window.LastChinaDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        if (request.Verb == KnownCommands.SurveyPublishVerb)
        {
            var outcome = await publishing.PublishAsync(person, survey.Id, cancellationToken).ConfigureAwait(false);
            return outcome.Result switch
            {
                SurveyPublishResult.Published or SurveyPublishResult.AlreadyPublished => ChatReply.Message(CardText.Format(
                    request.Language, outcome.Result == SurveyPublishResult.Published ? "SurveyResults_Published" : "SurveyResults_AlreadyPublished",
                    survey.UnitName, outcome.Sent, links.Value.Results(survey.Id))),
                _ => ChatReply.Message(CardText.Get(request.Language, "SurveyResults_PublishNotAllowed")),
            };
        }

        var tallied = await results.TallyAsync(survey.Id, cancellationToken).ConfigureAwait(false);
        if (tallied is not { } found)
        {
            return ChatReply.Message(CardText.Format(request.Language, "SurveyResults_NotFound", survey.Id));
        }

        if (request.Verb == KnownCommands.SurveyExportVerb)
        {
            return await offers.OfferAsync(request, turnContext, SurveyResultsWorkbook.FileName(found.Survey), SurveyResultsWorkbook.Write(found.Survey, found.Tally), cancellationToken).ConfigureAwait(false);
        }

        var canPublish = SurveyOrganisers.CanOrganise(person, survey.UnitCode);
        return ChatReply.Card(SurveyResultsCard.Build(request.Language, found.Survey, found.Tally, canPublish, canExport: true, null,
            found.Survey.PublishedAt is null ? null : links.Value.Results(survey.Id)).ToJson());
    }

    private static bool AnyLeadership(Person person, Core.Roster.Roster roster) => roster.Units.Any(u => SurveyViewers.CanSeeUnit(person, u.Code, roster));
}
