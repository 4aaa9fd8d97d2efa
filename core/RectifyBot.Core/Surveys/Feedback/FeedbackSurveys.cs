using Microsoft.Extensions.Logging;
using RectifyBot.Core.Plans;
using RectifyBot.Core.Plans.Feedback;
using RectifyBot.Core.Surveys.Notices;
using RectifyBot.Core.Surveys.Teams;

namespace RectifyBot.Core.Surveys.Feedback;

/// <summary>
/// A plan's or status report's feedback window as a survey (<see cref="Survey.Subject"/>): everyone in the
/// publication's scope is a participant (no sample, no quotas), with the survey's quick-reply card in Teams, one-time
/// links for the rest, the same ingestion path and the same anonymity (docs/anonymity.md). The plan and status
/// workflows apply the majority rule to <see cref="TallyAsync"/> when the window closes. Logs name the survey and counts only.
/// </summary>
public sealed partial class FeedbackSurveys(
    ISurveyRepository surveys,
    ISurveyBallotBox box,
    SurveyIngestion ingestion,
    TeamsReach reach,
    ISurveyInvitationQueue invitations,
    SurveyFanOut fanOut,
    SurveyNoticeOutbox notices,
    TimeProvider time,
    ILogger<FeedbackSurveys> logger) : IPlanFeedback
{
    public async Task<FeedbackOpening> OpenAsync(
        FeedbackSubject subject, PlanPublication publication, string publisherNumber, Roster.Roster roster, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(publication);
        ArgumentNullException.ThrowIfNull(roster);
        if (await surveys.FindAsync(subject.SurveyId, cancellationToken).ConfigureAwait(false) is { } open)
        {
            return new FeedbackOpening(open.Id, 0, [], AlreadyOpen: true);
        }

        var audience = PlanAudience.For(publication.Scope, subject.UnitCode, roster);
        var addresses = await reach.FindAsync(audience, cancellationToken).ConfigureAwait(false);
        var participants = audience
            .Select(p => new SampledParticipant(p.Number, SurveySampler.CategoryOf(p), addresses.ContainsKey(p.Number) ? ReplyChannel.Teams : ReplyChannel.Link))
            .ToList();
        var links = participants.Where(p => p.Channel == ReplyChannel.Link).Select(p => new IssuedToken(SurveyToken.New(), p.Category, p.Number)).ToList();
        var survey = new Survey
        {
            Id = subject.SurveyId,
            UnitCode = subject.UnitCode,
            UnitName = roster.Unit(subject.UnitCode)?.Name ?? subject.UnitCode,
            Subject = subject,
            Window = new SurveyWindow(publication.PublishedAt, publication.ClosesAt),
            Seed = 0,
            AskedCounts = participants.GroupBy(p => p.Category).ToDictionary(g => g.Key, g => g.Count()),
            CreatedByNumber = publisherNumber,
            CreatedAt = time.GetUtcNow(),
        };
        await surveys.AddAsync(survey, participants, links, cancellationToken).ConfigureAwait(false);

        // Thousands of cards do not fit in the publisher's turn: the SendSurveyInvitations function sends them.
        if (!await invitations.TryEnqueueAsync(survey.Id, cancellationToken).ConfigureAwait(false))
        {
            await fanOut.SendInvitationsAsync(survey, participants, roster, addresses, cancellationToken).ConfigureAwait(false);
        }

        var inTeams = participants.Count - links.Count;
        LogOpened(logger, survey.Id, inTeams, links.Count);
        return new FeedbackOpening(survey.Id, inTeams, links, AlreadyOpen: false);
    }

    public async Task TellPublisherAsync(FeedbackOpening opening, Roster.Person publisher, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(opening);
        ArgumentNullException.ThrowIfNull(publisher);
        if (opening.AlreadyOpen || await surveys.FindAsync(opening.SurveyId, cancellationToken).ConfigureAwait(false) is not { } survey)
        {
            return;
        }

        var notice = new SurveyNotice(SurveyNoticeKind.FeedbackOpenedLate, publisher, survey, SurveyTally.Of(survey, [])) { Opening = opening };
        await notices.SendAsync([notice], cancellationToken).ConfigureAwait(false);
    }

    public async Task<PlanFeedbackWindow> TallyAsync(FeedbackSubject subject, int asked, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (await surveys.FindAsync(subject.SurveyId, cancellationToken).ConfigureAwait(false) is not { } survey)
        {
            LogNeverOpened(logger, subject.SurveyId);
            return new PlanFeedbackWindow(FeedbackCounts.None(asked), []);
        }

        // Answers still held (fewer than a batch) are written first once the window has closed, so every answer counts.
        await ingestion.FlushIfDueAsync(survey, cancellationToken).ConfigureAwait(false);
        var answers = await box.AnswersAsync(survey.Id, cancellationToken).ConfigureAwait(false);
        var counts = SatisfactionCounts.Of(answers.Select(a => a.Choice));
        return new PlanFeedbackWindow(
            new FeedbackCounts(survey.TotalAsked, counts.Satisfied, counts.BasicallySatisfied, counts.Dissatisfied, counts.DontKnow),
            [.. answers.Select(a => a.Opinion).OfType<string>()]);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Feedback window {SurveyId} opened: {InTeams} asked in Teams, {ByLink} by one-time link")]
    private static partial void LogOpened(ILogger logger, string surveyId, int inTeams, int byLink);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feedback window {SurveyId} was never opened; it closes with no answers")]
    private static partial void LogNeverOpened(ILogger logger, string surveyId);
}
