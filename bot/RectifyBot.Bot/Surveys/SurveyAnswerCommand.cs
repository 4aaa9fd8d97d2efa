using Microsoft.Bot.Builder;
using RectifyBot.Bot.Conversations;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Replies;
using RectifyBot.Cards.Surveys;
using RectifyBot.Core.Plans.Feedback;
using RectifyBot.Core.Surveys;

namespace RectifyBot.Bot.Surveys;

/// <summary>
/// A participant's one tap on the survey card (<see cref="SurveyVerbs.Answer"/>, Action.Execute or its Submit
/// fallback): accepted through <see cref="SurveyReplies.AcceptFromTeamsAsync"/> — the participant marked answered
/// (an ETag condition: a double tap counts once), the answer queued without identity for the one ingestion function.
/// The card then becomes a confirmation that the answer is final. Nothing here is logged or stored beside the
/// person (docs/anonymity.md); a refusal names the reason in the user's language and keeps what they typed.
/// </summary>
public sealed class SurveyAnswerCommand(SurveyReplies replies, ISurveyRepository surveys, FeedbackMaterials materials) : IChatCommand
{
    private const string ExtraPrefix = "extra_";

    public bool CanAnswer(ChatRequest request) => request is not null && request.Verb == SurveyVerbs.Answer;

    public async Task<ChatReply> HandleAsync(ChatRequest request, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Person is not { } person)
        {
            return ChatReply.Message(BotReplies.NotInRoster(request.Language));
        }

        var surveyId = request.Data?.Value<string>(SurveyVerbs.SurveyKey) ?? "";
        var form = FormOf(request);
        var problem = await replies.AcceptFromTeamsAsync(surveyId, person.Number, form, cancellationToken).ConfigureAwait(false);
        var language = request.Language;
        if (problem is null)
        {
            var answered = await surveys.FindAsync(surveyId, cancellationToken).ConfigureAwait(false);
            return new ChatReply(CardText.Get(language, "Survey_Thanks"), SurveyReplyNoticeCard.Build(language, answered, "Survey_Thanks", good: true).ToJson());
        }

        var key = Key(problem.Value);
        var message = CardText.Format(language, key, SurveyLimits.OpinionMaxLength);
        var survey = problem is SurveyReplyProblem.UnknownSurvey ? null : await surveys.FindAsync(surveyId, cancellationToken).ConfigureAwait(false);
        var material = survey is null ? null : await materials.ForSurveyAsync(survey, cancellationToken).ConfigureAwait(false);
        return problem switch
        {
            _ when survey is null => ChatReply.Message(message),

            // Fixable: the same card again, the problem next to the field, everything typed kept.
            SurveyReplyProblem.OpinionTooLong or SurveyReplyProblem.Empty or SurveyReplyProblem.NotYetOpen =>
                new ChatReply(message, SurveyInvitationCard.Build(language, survey, reminder: false, form, key, material).ToJson()),

            SurveyReplyProblem.UnknownQuestion => new ChatReply(message, SurveyInvitationCard.Build(language, survey, reminder: false, form with { Extras = new Dictionary<string, SatisfactionChoice>() }, key, material).ToJson()),

            // Final: already answered, closed, not asked — the buttons go.
            _ => new ChatReply(message, SurveyReplyNoticeCard.Build(language, survey, key, good: false).ToJson()),
        };
    }

    private static SurveyReplyForm FormOf(ChatRequest request)
    {
        var data = request.Data;
        var extras = new Dictionary<string, SatisfactionChoice>(StringComparer.Ordinal);
        foreach (var property in data?.Properties() ?? [])
        {
            if (property.Name.StartsWith(ExtraPrefix, StringComparison.Ordinal) && Choice(property.Value.ToString()) is { } chosen)
            {
                extras[property.Name[ExtraPrefix.Length..]] = chosen;
            }
        }

        return new SurveyReplyForm(Choice(data?.Value<string>(SurveyVerbs.ChoiceKey)), extras, data?.Value<string>(SurveyVerbs.OpinionId));
    }

    /// <summary>Only the four names (a forged number or an unknown name is no choice).</summary>
    private static SatisfactionChoice? Choice(string? value) =>
        Enum.GetNames<SatisfactionChoice>().Contains(value, StringComparer.Ordinal) ? Enum.Parse<SatisfactionChoice>(value!) : null;

    /// <summary>The web form's words where they fit Teams too; the two that speak of a link have Teams wording.</summary>
    private static string Key(SurveyReplyProblem problem) =>
        problem is SurveyReplyProblem.UnknownSurvey or SurveyReplyProblem.UnknownQuestion ? "SurveyTeams_Problem_" + problem : "Survey_Problem_" + problem;
}
