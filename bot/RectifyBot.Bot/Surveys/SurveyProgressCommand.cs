using Microsoft.Bot.Builder;
using RectifyBot.Bot.Conversations;
using RectifyBot.Cards.Commands;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Replies;
using RectifyBot.Cards.Surveys;
using RectifyBot.Core.Surveys;
using RectifyBot.Core.Surveys.Teams;

namespace RectifyBot.Bot.Surveys;

/// <summary>
/// The organiser's side after creation: "我的测评" / "my surveys" (the surveys they organise, the office sees all),
/// the progress card (opened from that list, refreshed by its button or by Teams when it is viewed — the card is
/// replaced in place) and "remind non-respondents" (once per survey, through the outbox). Counts only.
/// </summary>
public sealed class SurveyProgressCommand(SurveyProgressReport progress, SurveyFanOut fanOut, ISurveyRepository surveys, TimeProvider time) : IChatCommand
{
    public bool CanAnswer(ChatRequest request) =>
        request is not null && (request.Command == KnownCommands.MySurveys || request.Verb is SurveyVerbs.Progress or SurveyVerbs.Remind);

    public async Task<ChatReply> HandleAsync(ChatRequest request, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(turnContext);
        if (request.Person is not { } person)
        {
            return ChatReply.Message(BotReplies.NotInRoster(request.Language));
        }

        var language = request.Language;
        if (request.Verb is null)
        {
            var mine = await progress.MineAsync(person, cancellationToken).ConfigureAwait(false);
            return ChatReply.Card(MySurveysCard.Build(language, mine, time.GetUtcNow()).ToJson());
        }

        var surveyId = request.Data?.Value<string>(SurveyVerbs.SurveyKey) ?? "";
        var notices = new List<(string, bool)>();
        if (request.Verb == SurveyVerbs.Remind)
        {
            var outcome = await fanOut.RemindAsync(person, surveyId, cancellationToken).ConfigureAwait(false);
            notices.Add((CardText.Get(language, "SurveyRemind_" + outcome), outcome == SurveyReminderOutcome.Sent));
        }

        var read = await progress.ReadAsync(person, surveyId, cancellationToken).ConfigureAwait(false);
        if (read is null)
        {
            var exists = await surveys.FindAsync(surveyId, cancellationToken).ConfigureAwait(false) is not null;
            return ChatReply.Message(CardText.Get(language, exists ? "SurveyRemind_NotAllowed" : "SurveyRemind_UnknownSurvey"));
        }

        var card = SurveyProgressCard.Build(language, read, time.GetUtcNow(), turnContext.Activity.From?.Id, notices).ToJson();
        return notices.Count > 0 ? new ChatReply(notices[0].Item1, card) : ChatReply.Card(card);
    }
}
