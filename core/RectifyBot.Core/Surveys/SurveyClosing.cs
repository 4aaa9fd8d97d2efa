using Microsoft.Extensions.Logging;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Surveys.Notices;

namespace RectifyBot.Core.Surveys;

/// <summary>
/// The window-close run: for each survey whose window has closed and that is not closed yet, writes the answers still
/// held (fewer than a batch), tallies, applies the majority rule and tells through the outbox: most dissatisfied → the
/// unit's leadership team and the office (the unit is flagged to redo the work, 补课); insufficient response → the
/// office. The notices go out before the survey is marked closed, keyed by survey and recipient, so a run that
/// crashes halfway is finished by the next and a second run sends nothing twice. A plan's or status report's feedback
/// window is left to its own workflow (<see cref="Plans.Feedback.IPlanFeedback"/>).
/// </summary>
public sealed partial class SurveyClosing(
    ISurveyRepository surveys, SurveyResults results, IRosterRepository rosters, SurveyNoticeOutbox notices, TimeProvider time, ILogger<SurveyClosing> logger)
{
    public async Task<int> CloseDueAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var due = (await surveys.ListAsync(cancellationToken).ConfigureAwait(false))
            .Where(s => s.Subject is null && s.ClosedAt is null && s.Window.HasClosedAt(now))
            .OrderBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
        if (due.Count == 0)
        {
            return 0;
        }

        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        foreach (var survey in due)
        {
            if (await results.TallyAsync(survey.Id, cancellationToken).ConfigureAwait(false) is not { } tallied)
            {
                continue;
            }

            var tally = tallied.Tally;
            IEnumerable<SurveyNotice> toSend = tally.Verdict switch
            {
                MajorityVerdict.MostlyDissatisfied => SurveyViewers.Leaders(survey.UnitCode, roster).Concat(SurveyViewers.Office(roster)).DistinctBy(p => p.Number)
                    .Select(p => new SurveyNotice(SurveyNoticeKind.RedoFlagged, p, survey, tally)),
                MajorityVerdict.InsufficientResponse => SurveyViewers.Office(roster).Select(p => new SurveyNotice(SurveyNoticeKind.InsufficientResponse, p, survey, tally)),
                _ => [],
            };
            var sent = await notices.SendAsync(toSend, cancellationToken).ConfigureAwait(false);
            await surveys.SaveOutcomeAsync(tallied.Survey with { ClosedAt = now, Verdict = tally.Verdict }, cancellationToken).ConfigureAwait(false);
            LogClosed(survey.Id, tally.Answers, tally.Verdict, sent);
        }

        return due.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Survey {SurveyId} closed: {Answers} answers, {Verdict}, {Sent} notices")]
    private partial void LogClosed(string surveyId, int answers, MajorityVerdict verdict, int sent);
}
