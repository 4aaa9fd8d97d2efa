using Microsoft.Azure.Functions.Worker;
using RectifyBot.Core.Surveys.Teams;
using RectifyBot.Storage.Queues;

namespace RectifyBot.Functions.Surveys;

/// <summary>
/// A new survey's fan-out, taken off the organiser's turn: one outbox row per participant reached in Teams (insert if
/// absent, so a redelivered message sends nothing twice) and their ids on the sending queue, where SendOutboxMessage
/// keeps to the global send budget. A storage failure is thrown: the queue retries, then parks the message (a survey
/// id, nothing about anyone) in survey-invitations-poison.
/// </summary>
public sealed class SendSurveyInvitations(SurveyFanOut fanOut)
{
    [Function(nameof(SendSurveyInvitations))]
    public async Task RunAsync(
        [QueueTrigger(QueueNames.SurveyInvitations, Connection = FunctionSettings.StorageConnection)] SurveyInvitationRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await fanOut.SendInvitationsAsync(request.SurveyId, cancellationToken).ConfigureAwait(false);
    }
}
