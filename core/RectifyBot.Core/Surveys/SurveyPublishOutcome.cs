namespace RectifyBot.Core.Surveys;

/// <summary>What "publish" did: the result, the survey as published, how many cards were queued.</summary>
public sealed record SurveyPublishOutcome(SurveyPublishResult Result, Survey? Survey, int Sent);
