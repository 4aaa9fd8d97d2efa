using RectifyBot.Core.Roster;
using RectifyBot.Core.Surveys.Notices;

namespace RectifyBot.Core.Surveys;

/// <summary>
/// "发布结果": an organiser publishes a closed survey's results and opinions to the surveyed scope (a card to each
/// person through the outbox) and on its read-only web page. Publishing again sends nothing new.
/// </summary>
public sealed class SurveyPublishing(ISurveyRepository surveys, SurveyResults results, IRosterRepository rosters, SurveyNoticeOutbox notices, TimeProvider time)
{
    public async Task<SurveyPublishOutcome> PublishAsync(Person organiser, string surveyId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organiser);
        var survey = await surveys.FindAsync(surveyId, cancellationToken).ConfigureAwait(false);
        if (survey is null)
        {
            return new SurveyPublishOutcome(SurveyPublishResult.NotFound, null, 0);
        }

        if (!SurveyOrganisers.CanOrganise(organiser, survey.UnitCode))
        {
            return new SurveyPublishOutcome(SurveyPublishResult.NotAllowed, survey, 0);
        }

        var now = time.GetUtcNow();
        if (!survey.Window.HasClosedAt(now))
        {
            return new SurveyPublishOutcome(SurveyPublishResult.StillOpen, survey, 0);
        }

        var tallied = await results.TallyAsync(survey.Id, cancellationToken).ConfigureAwait(false);
        if (tallied is null)
        {
            return new SurveyPublishOutcome(SurveyPublishResult.NotFound, null, 0);
        }

        var published = survey.PublishedAt is null ? tallied.Value.Survey with { PublishedAt = now } : tallied.Value.Survey;
        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        var recipients = SurveyViewers.Scope(survey.UnitCode, roster);

        // Published first (the web page shows it at once); the notices' keys make a repeated publish add nothing.
        if (survey.PublishedAt is null)
        {
            await surveys.SaveOutcomeAsync(published, cancellationToken).ConfigureAwait(false);
        }

        var sent = await notices.SendAsync(recipients.Select(p => new SurveyNotice(SurveyNoticeKind.Published, p, published, tallied.Value.Tally)), cancellationToken).ConfigureAwait(false);
        return new SurveyPublishOutcome(survey.PublishedAt is null ? SurveyPublishResult.Published : SurveyPublishResult.AlreadyPublished, published, sent);
    }
}
