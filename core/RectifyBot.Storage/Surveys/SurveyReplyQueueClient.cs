using System.Text.Json;
using Azure.Storage.Queues;
using RectifyBot.Core.Surveys;

namespace RectifyBot.Storage.Surveys;

/// <summary>
/// Queues accepted replies (JSON, Base64 like every queue the Functions host reads) for the IngestSurveyReply
/// function. A message holds the survey id, the ballot id and the answer: never a person.
/// </summary>
public sealed class SurveyReplyQueueClient(QueueClient queue) : ISurveyReplyQueue
{
    private readonly Lazy<Task> _created = new(() => queue.CreateIfNotExistsAsync());

    public string QueueName => queue.Name;

    public async Task EnqueueAsync(SurveyReply reply, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reply);
        try
        {
            await _created.Value.ConfigureAwait(false);
        }
        catch (Azure.RequestFailedException)
        {
            await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        await queue.SendMessageAsync(BinaryData.FromString(JsonSerializer.Serialize(reply)), cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
