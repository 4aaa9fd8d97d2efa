using Microsoft.Azure.Functions.Worker;
using RectifyBot.Core.Supervision;

namespace RectifyBot.Functions.Supervision;

/// <summary>
/// Nightly (UTC CRON from "Schedules:SupervisionReconcile", default "0 0 18 * * *" = 02:00 CST, before the morning
/// run): gives every current obligation its next due-date index row if it lacks one and deletes rows too old to be read.
/// </summary>
public sealed class SupervisionReconcile(SupervisionReconciliation reconciliation)
{
    [Function(nameof(SupervisionReconcile))]
    public async Task RunAsync([TimerTrigger(FunctionSettings.SupervisionReconcileSchedule)] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        await reconciliation.RunAsync(cancellationToken).ConfigureAwait(false);
    }
}
