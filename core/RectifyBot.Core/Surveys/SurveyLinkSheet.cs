using RectifyBot.Core.Roster;

namespace RectifyBot.Core.Surveys;

/// <summary>
/// The organiser's printable sheet of one-time links (with QR codes) for people without Teams: a link for each sampled
/// person reached by link (their name on the sheet, so the organiser can hand it over) and the unnamed links for
/// service recipients. Only token hashes are stored, so the sheet carries fresh tokens that replace the previous ones —
/// allowed only while no link was answered (a reprint would otherwise give someone a second vote).
/// </summary>
public sealed class SurveyLinkSheet(ISurveyRepository surveys, TimeProvider time)
{
    public async Task<(SurveyLinkSheetProblem? Problem, Survey? Survey, IReadOnlyList<IssuedToken> Links)> IssueAsync(Person organiser, string? surveyId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organiser);
        var survey = string.IsNullOrWhiteSpace(surveyId) ? null : await surveys.FindAsync(surveyId.Trim(), cancellationToken).ConfigureAwait(false);
        if (survey is null)
        {
            return (SurveyLinkSheetProblem.NotFound, null, []);
        }

        if (!SurveyOrganisers.CanOrganise(organiser, survey))
        {
            return (SurveyLinkSheetProblem.NotAllowed, survey, []);
        }

        if (survey.Window.HasClosedAt(time.GetUtcNow()))
        {
            return (SurveyLinkSheetProblem.WindowClosed, survey, []);
        }

        var named = (await surveys.ParticipantsAsync(survey.Id, cancellationToken).ConfigureAwait(false))
            .Where(p => p.Channel == ReplyChannel.Link)
            .OrderBy(p => p.Number, StringComparer.Ordinal)
            .Select(p => new IssuedToken(SurveyToken.New(), p.Category, p.Number));
        var unnamed = Enumerable.Range(0, survey.AskedCounts.GetValueOrDefault(ParticipantCategory.ServiceRecipient))
            .Select(_ => new IssuedToken(SurveyToken.New(), ParticipantCategory.ServiceRecipient, null));
        var links = named.Concat(unnamed).ToList();
        if (links.Count == 0)
        {
            return (SurveyLinkSheetProblem.NoLinks, survey, []);
        }

        return await surveys.ReissueTokensAsync(survey.Id, links, cancellationToken).ConfigureAwait(false)
            ? (null, survey, links)
            : (SurveyLinkSheetProblem.LinksInUse, survey, []);
    }
}
