namespace RectifyBot.Core.Surveys;

/// <summary>
/// A survey's results as they stand: after the window has closed, any answers still held (fewer than a batch) are
/// written out first, so the results count every answer. Before that, held answers are not results yet. The opinions
/// written to the unit's suggestion box are listed with the survey's own.
/// </summary>
public sealed class SurveyResults(ISurveyRepository surveys, ISurveyBallotBox box, SurveyIngestion ingestion)
{
    public async Task<(Survey Survey, SurveyTally Tally)?> TallyAsync(string surveyId, CancellationToken cancellationToken = default)
    {
        var survey = await surveys.FindAsync(surveyId, cancellationToken).ConfigureAwait(false);
        if (survey is null)
        {
            return null;
        }

        await ingestion.FlushIfDueAsync(survey, cancellationToken).ConfigureAwait(false);
        var answers = await box.AnswersAsync(survey.Id, cancellationToken).ConfigureAwait(false);

        // The unit's suggestion box joins the opinion list (its opinions never count in the rates).
        var suggestions = await box.AnswersAsync(SuggestionBox.BoxId(survey.UnitCode), cancellationToken).ConfigureAwait(false);
        return (survey, SurveyTally.Of(survey, [.. answers, .. suggestions]));
    }
}
