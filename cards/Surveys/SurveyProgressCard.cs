using System.Globalization;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Model;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Stages;
using RectifyBot.Core.Surveys.Teams;

namespace RectifyBot.Cards.Surveys;

/// <summary>
/// The organiser's progress card — counts only: survey cards sent in Teams ("已发送 1,200 / 5,000"), answers, how
/// many are reached by one-time links instead (no Teams conversation) and the service recipients' links. It updates in
/// place: Teams refreshes it when the organiser opens it (refresh action), and the refresh button re-renders it.
/// "Remind non-respondents" works once per survey, while the window is open.
/// </summary>
public static class SurveyProgressCard
{
    public static AdaptiveCard Build(UserLanguage language, SurveyProgress progress, DateTimeOffset now, string? refreshUserId, IReadOnlyList<(string Text, bool Good)>? notices = null)
    {
        ArgumentNullException.ThrowIfNull(progress);
        string Text(string key) => CardText.Get(language, key);
        string Format(string key, params object[] args) => CardText.Format(language, key, args);
        var survey = progress.Survey;
        var status = SurveyStatuses.Of(survey, now);

        var body = new List<CardElement>
        {
            new TextBlock(Format("SurveyProgress_Title", survey.UnitName)) { Size = TextSize.Large, Weight = TextWeight.Bolder },
            new TextBlock($"{SurveyWords.Status(language, status)} · {SurveyWords.Window(language, survey.Window)}") { IsSubtle = true, Spacing = Spacing.Small },
        };
        foreach (var (notice, good) in notices ?? [])
        {
            body.Add(new TextBlock(notice) { Weight = TextWeight.Bolder, Color = good ? TextColor.Good : TextColor.Attention, Spacing = Spacing.Small });
        }

        var m = progress.Mailings;
        var facts = new List<Fact>
        {
            new(Text("SurveyProgress_Sent"), $"{SurveyWords.Count(m.InvitationsSent)} / {SurveyWords.Count(m.Invitations)}"),
            new(Text("SurveyProgress_Answered"), $"{SurveyWords.Count(progress.Answered)} / {SurveyWords.Count(progress.Asked)}"),
            new(Text("SurveyProgress_AnsweredInTeams"), $"{SurveyWords.Count(progress.AnsweredInTeams)} / {SurveyWords.Count(progress.TeamsParticipants)}"),
            new(Text("SurveyProgress_Links"), Format("SurveyProgress_LinksValue", SurveyWords.Count(progress.LinkParticipants), SurveyWords.Count(progress.ServiceLinks), SurveyWords.Count(progress.AnsweredByLink))),
        };
        if (m.InvitationsUndeliverable > 0)
        {
            facts.Add(new(Text("SurveyProgress_Undeliverable"), SurveyWords.Count(m.InvitationsUndeliverable)));
        }

        if (progress.Reminder is { } reminder)
        {
            facts.Add(new(Text("SurveyProgress_Reminded"), Format("SurveyProgress_RemindedValue",
                SurveyWords.Count(m.RemindersSent), SurveyWords.Count(m.Reminders), ChinaTime.ToChinaTime(reminder.At).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))));
        }

        body.Add(new FactSet(facts) { Spacing = Spacing.Medium });
        if (progress.LinkParticipants > 0)
        {
            body.Add(new TextBlock(Format("SurveyProgress_Unreachable", SurveyWords.Count(progress.LinkParticipants))) { IsSubtle = true, Size = TextSize.Small });
        }

        body.Add(new TextBlock(Text("SurveyProgress_CountsOnly")) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.Small });
        var data = new Dictionary<string, string> { [SurveyVerbs.SurveyKey] = survey.Id };
        var actions = new List<CardAction> { new ExecuteAction(Text("SurveyProgress_Refresh"), SurveyVerbs.Progress, data) };
        if (status == SurveyStatus.Open && progress.Reminder is null && progress.TeamsNotAnswered > 0)
        {
            actions.Add(new ExecuteAction(Format("SurveyProgress_Remind", SurveyWords.Count(progress.TeamsNotAnswered)), SurveyVerbs.Remind, data));
        }

        return new AdaptiveCard(body, actions)
        {
            Refresh = refreshUserId is null ? null : new ExecuteAction(Text("SurveyProgress_Refresh"), SurveyVerbs.Progress, data),
            RefreshUserIds = refreshUserId is null ? [] : [refreshUserId],
        };
    }
}
