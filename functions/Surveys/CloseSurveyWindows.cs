using Microsoft.Azure.Functions.Worker;
using RectifyBot.Core.Surveys;

namespace RectifyBot.Functions.Surveys;

/// <summary>
/// Daily (UTC CRON from "Schedules:CloseSurveyWindows", default 09:00 CST = "0 0 1 * * *"): every survey whose window
/// has closed is tallied once — held answers written, the majority rule applied, the unit's leadership team and the
/// office told of a unit flagged to redo the work (补课), the office of an insufficient response — through the outbox.
/// A second run sends nothing twice; a missed run is caught up by the next. It also sends any suggestion-box digest a
/// failed ingestion left unsent.
/// </summary>
public sealed class CloseSurveyWindows(SurveyClosing closing, SuggestionBoxDigest digests)
{
    [Function(nameof(CloseSurveyWindows))]
    public async Task RunAsync([TimerTrigger(FunctionSettings.CloseSurveyWindowsSchedule)] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        await closing.CloseDueAsync(cancellationToken).ConfigureAwait(false);
        await digests.SendAllAsync(cancellationToken).ConfigureAwait(false);
    }
}
