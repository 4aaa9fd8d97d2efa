using System.Globalization;

namespace RectifyBot.Core.Surveys;

/// <summary>
/// Enters paper ballots and interview notes: the organiser's entry is recorded (who, when, how many), then each
/// counted ballot and each transcribed opinion goes through the same queue and ingestion as every other reply, with
/// ballot ids derived from the entry — so entering the same form again adds nothing.
/// </summary>
public sealed class PaperBallots(ISurveyRepository surveys, ISurveyReplyQueue queue, TimeProvider time)
{
    public async Task<SurveyReplyProblem?> EnterAsync(Roster.Person enteredBy, PaperEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(enteredBy);
        ArgumentNullException.ThrowIfNull(entry);
        var survey = await surveys.FindAsync(entry.SurveyId, cancellationToken).ConfigureAwait(false);
        if (survey is null)
        {
            return SurveyReplyProblem.UnknownSurvey;
        }

        if (!SurveyOrganisers.CanOrganise(enteredBy, survey.UnitCode))
        {
            return SurveyReplyProblem.NotAsked;
        }

        var opinions = entry.Opinions.Select(o => SurveyReplyForm.Of(null, o).CleanOpinion).OfType<string>().ToList();
        if (opinions.Any(o => o.Length > SurveyLimits.OpinionMaxLength))
        {
            return SurveyReplyProblem.OpinionTooLong;
        }

        if (entry.Counts.Any(c => c.Satisfied < 0 || c.BasicallySatisfied < 0 || c.Dissatisfied < 0 || c.DontKnow < 0 || c.Blank < 0)
            || (entry.Counts.Sum(c => c.Total) == 0 && opinions.Count == 0))
        {
            return SurveyReplyProblem.Empty;
        }

        var answers = entry.Counts
            .SelectMany(c => c.Choices().Select(choice => new SurveyAnswer { Category = survey.StoredCategory(c.Category), Choice = choice, Source = entry.Source }))
            .Concat(opinions.Select(o => new SurveyAnswer { Category = ParticipantCategory.Other, Opinion = o, Source = entry.Source }))
            .ToList();
        await surveys.RecordPaperEntryAsync(
            new PaperEntryRecord(survey.Id, entry.EntryId, enteredBy.Number, time.GetUtcNow(), answers.Count - opinions.Count, opinions.Count), cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < answers.Count; i++)
        {
            var ballotId = "paper-" + entry.EntryId + "-" + i.ToString("D5", CultureInfo.InvariantCulture);
            await queue.EnqueueAsync(new SurveyReply { SurveyId = survey.Id, BallotId = ballotId, Answer = answers[i] }, cancellationToken).ConfigureAwait(false);
        }

        return null;
    }
}
