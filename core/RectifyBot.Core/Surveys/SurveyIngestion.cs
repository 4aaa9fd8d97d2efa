using Microsoft.Extensions.Logging;

namespace RectifyBot.Core.Surveys;

/// <summary>
/// The one ingestion path: every accepted reply (Teams, web, paper, suggestion box) arrives here from the queue,
/// is held without identity and written out in a shuffled batch once at least 5 are held — or at once when the
/// window has closed. Logs name the survey and counts, never an answer.
/// </summary>
public sealed partial class SurveyIngestion(ISurveyRepository surveys, ISurveyBallotBox box, SurveyFlushTurns turns, TimeProvider time, ILogger<SurveyIngestion> logger)
{
    public async Task<IngestionOutcome> IngestAsync(SurveyReply reply, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (SuggestionBox.IsBox(reply.SurveyId))
        {
            return await IngestOpinionAsync(reply, cancellationToken).ConfigureAwait(false);
        }

        var survey = await surveys.FindAsync(reply.SurveyId, cancellationToken).ConfigureAwait(false);
        if (survey is null)
        {
            LogUnknownSurvey(logger, reply.SurveyId);
            return IngestionOutcome.UnknownSurvey;
        }

        // The category is merged again here: a reply queued by an older producer must not single out a small group.
        var answer = reply.Answer with { Category = survey.StoredCategory(reply.Answer.Category) };
        if (!await box.HoldAsync(survey.Id, reply.BallotId, answer, cancellationToken).ConfigureAwait(false))
        {
            LogDuplicate(logger, survey.Id);

            // A redelivery may follow a failed flush: let it finish the batch.
            await FlushIfDueAsync(survey, cancellationToken).ConfigureAwait(false);
            return IngestionOutcome.Duplicate;
        }

        var written = await FlushIfDueAsync(survey, cancellationToken).ConfigureAwait(false);
        return written > 0 ? IngestionOutcome.Written : IngestionOutcome.Held;
    }

    /// <summary>A suggestion-box opinion: held like an answer (only its text is kept) and written once 5 are held — a box never closes.</summary>
    private async Task<IngestionOutcome> IngestOpinionAsync(SurveyReply reply, CancellationToken cancellationToken)
    {
        if (SurveyReplyForm.Of(null, reply.Answer.Opinion).CleanOpinion is not { } opinion)
        {
            return IngestionOutcome.Duplicate;
        }

        var held = await box.HoldAsync(reply.SurveyId, reply.BallotId, SuggestionBox.Opinion(opinion), cancellationToken).ConfigureAwait(false);
        var written = await FlushHeldAsync(reply.SurveyId, windowClosed: false, cancellationToken).ConfigureAwait(false);
        return written > 0 ? IngestionOutcome.Written : held ? IngestionOutcome.Held : IngestionOutcome.Duplicate;
    }

    /// <summary>
    /// Writes the held answers when there are at least 5, or any number once the window has closed (one flush per survey
    /// at a time here, see <see cref="SurveyFlushTurns"/>).
    /// </summary>
    public Task<int> FlushIfDueAsync(Survey survey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(survey);
        return FlushHeldAsync(survey.Id, survey.Window.HasClosedAt(time.GetUtcNow()), cancellationToken);
    }

    /// <summary>A suggestion box never closes: its answers are written only in batches of at least 5.</summary>
    private async Task<int> FlushHeldAsync(string surveyId, bool windowClosed, CancellationToken cancellationToken)
    {
        var written = await turns.RunAsync(
            surveyId,
            waitForTurn: windowClosed,
            ct => box.FlushAsync(surveyId, windowClosed ? 1 : SurveyLimits.MinimumBatch, ct),
            cancellationToken).ConfigureAwait(false);
        if (written > 0)
        {
            LogBatch(logger, surveyId, written);
        }

        return written;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Survey reply for unknown survey {SurveyId} dropped")]
    private static partial void LogUnknownSurvey(ILogger logger, string surveyId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Survey {SurveyId}: a ballot counted before arrived again; nothing added")]
    private static partial void LogDuplicate(ILogger logger, string surveyId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Survey {SurveyId}: {Count} held answers written in one shuffled batch")]
    private static partial void LogBatch(ILogger logger, string surveyId, int count);
}
