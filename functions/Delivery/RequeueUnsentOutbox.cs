using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using RectifyBot.Core.Delivery;

namespace RectifyBot.Functions.Delivery;

/// <summary>Every few minutes (UTC CRON from "Schedules:RequeueUnsentOutbox"), re-enqueues outbox rows whose queue message was lost.</summary>
public sealed class RequeueUnsentOutbox(UnsentOutboxSweep sweep, IOptions<RequeueUnsentOutboxOptions> options)
{
    [Function(nameof(RequeueUnsentOutbox))]
    public Task RunAsync([TimerTrigger(FunctionSettings.RequeueUnsentOutboxSchedule)] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        return sweep.RequeueAsync(options.Value.MinimumAge, cancellationToken);
    }
}
