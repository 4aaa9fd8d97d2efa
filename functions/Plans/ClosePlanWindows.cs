using Microsoft.Azure.Functions.Worker;
using RectifyBot.Core.Plans;
using RectifyBot.Core.StatusReports;

namespace RectifyBot.Functions.Plans;

/// <summary>
/// Daily just after midnight China time (UTC CRON from "Schedules:ClosePlanWindows"), closes the feedback windows of
/// published plans whose last day has ended — the majority rule sends each to revision, to the office or to acceptance —
/// and of published rectification status reports (公布整改情况), which the same rule finds satisfactory, dissatisfied or
/// short of answers. A missed run is caught up by the next: every window that has ended by then is closed. It also opens
/// the feedback window of any plan version or status report whose publisher's turn ended between saving it and asking the scope.
/// </summary>
public sealed class ClosePlanWindows(PlanActions plans, StatusPublishing statuses)
{
    [Function(nameof(ClosePlanWindows))]
    public async Task RunAsync([TimerTrigger(FunctionSettings.ClosePlanWindowsSchedule)] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        await plans.OpenMissingFeedbackAsync(cancellationToken).ConfigureAwait(false);
        await statuses.OpenMissingFeedbackAsync(cancellationToken).ConfigureAwait(false);
        await plans.CloseDueWindowsAsync(cancellationToken).ConfigureAwait(false);
        await statuses.CloseDueWindowsAsync(cancellationToken).ConfigureAwait(false);
    }
}
