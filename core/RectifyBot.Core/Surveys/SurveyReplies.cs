using System.Security.Cryptography;

namespace RectifyBot.Core.Surveys;

/// <summary>
/// Accepts a reply from Teams or from a one-time link: checks the survey, the window and the form, marks the
/// participant (or the token) as answered — so a double tap or a reused link is refused — and queues the answer
/// without identity. If queueing fails, the mark is undone so the person can try again.
/// </summary>
public sealed class SurveyReplies(ISurveyRepository surveys, ISurveyReplyQueue queue, TimeProvider time)
{
    public async Task<SurveyReplyProblem?> AcceptFromTeamsAsync(string surveyId, string number, SurveyReplyForm form, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        var (survey, problem) = await CheckAsync(surveyId, form, cancellationToken).ConfigureAwait(false);
        if (survey is null)
        {
            return problem;
        }

        var acceptance = await surveys.MarkAnsweredAsync(survey.Id, number, cancellationToken).ConfigureAwait(false);
        if (!acceptance.IsAccepted)
        {
            return acceptance.Problem;
        }

        // A random ballot id: nothing stored can turn it back into the person.
        var ballotId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        return await QueueOrUndoAsync(survey, ballotId, acceptance.Category, form, ReplySource.Teams,
            () => surveys.UnmarkAnsweredAsync(survey.Id, number, CancellationToken.None), cancellationToken).ConfigureAwait(false);
    }

    public async Task<SurveyReplyProblem?> AcceptFromLinkAsync(string surveyId, string? token, SurveyReplyForm form, CancellationToken cancellationToken = default)
    {
        if (!SurveyToken.LooksValid(token))
        {
            return SurveyReplyProblem.UnknownToken;
        }

        var (survey, problem) = await CheckAsync(surveyId, form, cancellationToken).ConfigureAwait(false);
        if (survey is null)
        {
            return problem;
        }

        var hash = SurveyToken.Hash(token!);
        var acceptance = await surveys.UseTokenAsync(survey.Id, hash, cancellationToken).ConfigureAwait(false);
        if (!acceptance.IsAccepted)
        {
            return acceptance.Problem;
        }

        return await QueueOrUndoAsync(survey, hash, acceptance.Category, form, ReplySource.Web,
            () => surveys.UnuseTokenAsync(survey.Id, hash, CancellationToken.None), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The survey when the reply may go on; otherwise null and the problem (unknown survey, window, form).</summary>
    public async Task<(Survey? Survey, SurveyReplyProblem? Problem)> CheckAsync(string surveyId, SurveyReplyForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var survey = string.IsNullOrWhiteSpace(surveyId) ? null : await surveys.FindAsync(surveyId, cancellationToken).ConfigureAwait(false);
        if (survey is null)
        {
            return (null, SurveyReplyProblem.UnknownSurvey);
        }

        var now = time.GetUtcNow();
        if (now < survey.Window.OpensAt)
        {
            return (null, SurveyReplyProblem.NotYetOpen);
        }

        if (survey.Window.HasClosedAt(now))
        {
            return (null, SurveyReplyProblem.WindowClosed);
        }

        var formProblem = form.Check(survey);
        return formProblem is null ? (survey, null) : (null, formProblem);
    }

    private async Task<SurveyReplyProblem?> QueueOrUndoAsync(
        Survey survey, string ballotId, ParticipantCategory category, SurveyReplyForm form, ReplySource source, Func<Task> undo, CancellationToken cancellationToken)
    {
        var reply = new SurveyReply
        {
            SurveyId = survey.Id,
            BallotId = ballotId,
            Answer = new SurveyAnswer
            {
                Category = survey.StoredCategory(category),
                Choice = form.Choice,
                Extras = form.Extras,
                Opinion = form.CleanOpinion,
                Source = source,
            },
        };
        try
        {
            await queue.EnqueueAsync(reply, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await undo().ConfigureAwait(false);
            throw;
        }

        return null;
    }
}
