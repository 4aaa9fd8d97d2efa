namespace RectifyBot.Core.Surveys.Teams;

/// <summary>What "remind non-respondents" did; every one but Sent has its own message in both languages.</summary>
public enum SurveyReminderOutcome
{
    Sent,
    AlreadyReminded,
    WindowNotOpen,
    NotAllowed,
    UnknownSurvey,
}
