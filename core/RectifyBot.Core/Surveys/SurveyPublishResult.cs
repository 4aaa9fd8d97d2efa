namespace RectifyBot.Core.Surveys;

/// <summary>How "publish results" ended.</summary>
public enum SurveyPublishResult
{
    Published,
    AlreadyPublished,
    NotFound,
    NotAllowed,
    StillOpen,
}
