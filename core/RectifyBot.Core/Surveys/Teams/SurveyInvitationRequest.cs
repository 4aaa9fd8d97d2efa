namespace RectifyBot.Core.Surveys.Teams;

/// <summary>The queue message asking for a survey's cards to be sent: the survey's id, nothing about anyone.</summary>
public sealed record SurveyInvitationRequest(string SurveyId);
