using System.Text.Json;
using Azure;
using Azure.Storage.Queues;
using RectifyBot.Core.Surveys.Teams;

namespace RectifyBot.Storage.Surveys;

/// <summary>Queues a survey's fan-out (JSON, Base64 like every queue the Functions host reads) for the SendSurveyInvitations function.</summary>
public sealed class SurveyInvitationQueueClient(QueueClient queue) : ISurveyInvitationQueue
{
    public string QueueName => queue.Name;

    public async Task<bool> TryEnqueueAsync(string surveyId, CancellationToken cancellationToken = default)
    {
        try
        {
            await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            await queue.SendMessageAsync(BinaryData.FromString(JsonSerializer.Serialize(new SurveyInvitationRequest(surveyId))), cancellationToken: cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException)
        {
            return false;
        }
    }
}
