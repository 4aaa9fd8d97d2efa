namespace RectifyBot.Core.Surveys.Teams;

/// <summary>Reads a survey's progress for its organiser (counts only) — null when there is no such survey or the person may not see it.</summary>
public sealed class SurveyProgressReport(ISurveyRepository surveys, ISurveyMailings mailings)
{
    public async Task<SurveyProgress?> ReadAsync(Roster.Person viewer, string surveyId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var survey = string.IsNullOrWhiteSpace(surveyId) ? null : await surveys.FindAsync(surveyId, cancellationToken).ConfigureAwait(false);
        if (survey is null || !SurveyOrganisers.CanOrganise(viewer, survey))
        {
            return null;
        }

        var participants = await surveys.ParticipantsAsync(survey.Id, cancellationToken).ConfigureAwait(false);
        var counts = await mailings.CountAsync(survey.Id, cancellationToken).ConfigureAwait(false);
        var usedLinks = await mailings.UsedLinksAsync(survey.Id, cancellationToken).ConfigureAwait(false);
        var reminder = await mailings.ReminderAsync(survey.Id, cancellationToken).ConfigureAwait(false);
        var teams = participants.Where(p => p.Channel == ReplyChannel.Teams).ToList();
        return new SurveyProgress(
            survey,
            survey.TotalAsked,
            teams.Count,
            participants.Count(p => p.Channel == ReplyChannel.Link),
            survey.AskedCounts.GetValueOrDefault(ParticipantCategory.ServiceRecipient),
            counts,
            teams.Count(p => p.Answered),
            usedLinks,
            reminder);
    }

    /// <summary>The surveys the person organises (every survey for the office), newest first.</summary>
    public async Task<IReadOnlyList<Survey>> MineAsync(Roster.Person person, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        var all = await mailings.AllSurveysAsync(cancellationToken).ConfigureAwait(false);
        return [.. all.Where(s => SurveyOrganisers.CanOrganise(person, s)).OrderByDescending(s => s.CreatedAt)];
    }
}
