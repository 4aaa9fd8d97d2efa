using Microsoft.Azure.Functions.Worker;
using RectifyBot.Core.Surveys;
using RectifyBot.Storage.Queues;

namespace RectifyBot.Functions.Surveys;

/// <summary>
/// The one ingestion path for survey replies (Teams, web, paper, suggestion box): holds each reply without identity
/// and writes shuffled batches (docs/anonymity.md). A redelivered message is counted once (its ballot row exists).
/// A storage failure is thrown, so the queue retries and finally parks the message — which names no person — in
/// survey-replies-poison. A written suggestion-box batch is sent to the unit's leaders as one digest.
/// </summary>
public sealed class IngestSurveyReply(SurveyIngestion ingestion, SuggestionBoxDigest digest)
{
    [Function(nameof(IngestSurveyReply))]
    public async Task RunAsync(
        [QueueTrigger(QueueNames.SurveyReplies, Connection = FunctionSettings.StorageConnection)] SurveyReply reply,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var outcome = await ingestion.IngestAsync(reply, cancellationToken).ConfigureAwait(false);

        // A suggestion-box batch was written: its opinions go to the unit's leaders as one digest.
        if (outcome == IngestionOutcome.Written && SuggestionBox.IsBox(reply.SurveyId))
        {
            await digest.SendAsync(SuggestionBox.UnitOf(reply.SurveyId), cancellationToken).ConfigureAwait(false);
        }
    }
}
