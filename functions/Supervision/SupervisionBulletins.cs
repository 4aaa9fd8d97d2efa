using Microsoft.Azure.Functions.Worker;
using RectifyBot.Core.Supervision.Bulletins;

namespace RectifyBot.Functions.Supervision;

/// <summary>
/// Weekly (UTC CRON from "Schedules:SupervisionBulletins", default "0 0 1 * * 1" = Monday 09:00 CST): each unit's
/// bulletin (通报) to its leadership team, its liaison school leaders and the office. Reruns add nothing.
/// </summary>
public sealed class SupervisionBulletins(WeeklyBulletins bulletins)
{
    [Function(nameof(SupervisionBulletins))]
    public async Task RunAsync([TimerTrigger(FunctionSettings.SupervisionBulletinsSchedule)] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        await bulletins.RunAsync(cancellationToken).ConfigureAwait(false);
    }
}
