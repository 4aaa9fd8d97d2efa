using Microsoft.Azure.Functions.Worker;
using RectifyBot.Core.Supervision;

namespace RectifyBot.Functions.Supervision;

/// <summary>
/// Daily at 09:00 China Standard Time (UTC CRON from "Schedules:SupervisionReminders", default "0 0 1 * * *"): one digest
/// per person of the reminders and escalations falling due. A rerun, or the host's catch-up run after a missed
/// schedule (IsPastDue), runs the same sweep: the reminder log keeps it from sending anything twice and the index
/// rows a missed run left are read as catch-up.
/// </summary>
public sealed class SupervisionReminders(SupervisionSweep sweep)
{
    [Function(nameof(SupervisionReminders))]
    public async Task RunAsync([TimerTrigger(FunctionSettings.SupervisionRemindersSchedule)] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        await sweep.RunAsync(cancellationToken).ConfigureAwait(false);
    }
}
