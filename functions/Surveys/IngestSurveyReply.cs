using Microsoft.Azure.Functions.Worker;
using RectifyBot.Core.Surveys;
using RectifyBot.Storage.Queues;

namespace RectifyBot.Functions.Surveys;

/// <summary>
/// The one ingestion path for survey replies (Teams, web, paper, suggestion box): holds each reply without identity
/// and writes shuffled batches (docs/anonymity.md). A redelivered message is counted once (its ballot row exists).
/// A storage failure is thrown, so the queue retries and finally parks the message — which names no person — in
/// survey-replies-poison.
/// </summary>
public sealed class IngestSurveyReply(SurveyIngestion ingestion)
{
    [Function(nameof(IngestSurveyReply))]
    public async Task RunAsync(
        [QueueTrigger(QueueNames.SurveyReplies, Connection = FunctionSettings.StorageConnection)] SurveyReply reply,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        await ingestion.IngestAsync(reply, cancellationToken).ConfigureAwait(false);
    }
}
