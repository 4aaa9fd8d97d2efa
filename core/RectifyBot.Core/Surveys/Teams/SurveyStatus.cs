namespace RectifyBot.Core.Surveys.Teams;

/// <summary>Where a survey is in its life, as its organiser reads it.</summary>
public enum SurveyStatus
{
    NotYetOpen,
    Open,
    Closed,
    Published,
}

public static class SurveyStatuses
{
    public static SurveyStatus Of(Survey survey, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(survey);
        return survey.PublishedAt is not null ? SurveyStatus.Published
            : survey.Window.HasClosedAt(now) ? SurveyStatus.Closed
            : now < survey.Window.OpensAt ? SurveyStatus.NotYetOpen
            : SurveyStatus.Open;
    }
}
