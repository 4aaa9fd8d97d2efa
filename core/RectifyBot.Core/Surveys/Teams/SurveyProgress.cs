namespace RectifyBot.Core.Surveys.Teams;

/// <summary>
/// Where a survey stands, for its organiser — counts only, never who answered what: how many were asked, how many
/// survey cards went out in Teams, how many are reached by one-time links (no Teams account or no conversation with
/// the bot, plus the unnamed links for service recipients), and how many have answered.
/// </summary>
public sealed record SurveyProgress(
    Survey Survey,
    int Asked,
    int TeamsParticipants,
    int LinkParticipants,
    int ServiceLinks,
    SurveyMailingCounts Mailings,
    int AnsweredInTeams,
    int AnsweredByLink,
    (string ByNumber, DateTimeOffset At)? Reminder)
{
    public int Answered => AnsweredInTeams + AnsweredByLink;

    /// <summary>Teams participants who have not answered: who a reminder would go to.</summary>
    public int TeamsNotAnswered => TeamsParticipants - AnsweredInTeams;
}
