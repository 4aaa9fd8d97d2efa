namespace RectifyBot.Core.Surveys.Teams;

/// <summary>
/// Hands a new survey's fan-out to the SendSurveyInvitations function (queue <c>survey-invitations</c>): thousands of
/// outbox rows and queue messages do not fit in the organiser's turn, which Teams ends after 15 seconds.
/// </summary>
public interface ISurveyInvitationQueue
{
    /// <summary>False when the queue could not take it (the caller fans out itself).</summary>
    Task<bool> TryEnqueueAsync(string surveyId, CancellationToken cancellationToken = default);
}
