using Cronos;
using Microsoft.Azure.Functions.Worker;
using RectifyBot.Functions.DevRunner.Discovery;
using RectifyBot.Functions.DevRunner.Invocation;

namespace RectifyBot.Functions.DevRunner.Timers;

/// <summary>
/// Runs one timer function on its six-field CRON schedule in UTC, as the host does: one run at a time, no retry,
/// RunOnStartup honoured, and after missed occurrences (the runner was busy or stopped) a single catch-up run
/// with IsPastDue = true, never one per missed occurrence.
/// </summary>
public sealed partial class TimerScheduler(
    DiscoveredFunction function,
    CronExpression schedule,
    FunctionInvoker invoker,
    TimeProvider clock,
    ILogger<TimerScheduler> logger) : BackgroundService
{
    /// <summary>A run this much later than its occurrence is past due.</summary>
    public static readonly TimeSpan PastDueTolerance = TimeSpan.FromSeconds(1);

    // Task.Delay accepts at most about 49 days; longer waits are taken in steps.
    private static readonly TimeSpan LongestWait = TimeSpan.FromDays(1);

    private DateTimeOffset _startedAt;

    /// <summary>The first occurrence counts from the host's start (ExecuteAsync itself runs later, on another thread).</summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _startedAt = clock.GetUtcNow();
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var from = _startedAt;
        if (function.TriggerAs<TimerTriggerAttribute>().RunOnStartup)
        {
            await RunAsync(isPastDue: false, occurrence: null, from, stoppingToken).ConfigureAwait(false);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var occurrence = schedule.GetNextOccurrence(from, TimeZoneInfo.Utc);
            if (occurrence is null)
            {
                LogNoMoreOccurrences(function.Name);
                return;
            }

            try
            {
                await WaitUntilAsync(occurrence.Value, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            var firedAt = clock.GetUtcNow();
            await RunAsync(firedAt - occurrence.Value > PastDueTolerance, occurrence, firedAt, stoppingToken).ConfigureAwait(false);

            // Counted from when it fired, not from the missed occurrence: missed occurrences collapse into this one run.
            from = firedAt;
        }
    }

    private async Task WaitUntilAsync(DateTimeOffset due, CancellationToken stoppingToken)
    {
        for (var wait = due - clock.GetUtcNow(); wait > TimeSpan.Zero; wait = due - clock.GetUtcNow())
        {
            await Task.Delay(wait < LongestWait ? wait : LongestWait, clock, stoppingToken).ConfigureAwait(false);
        }
    }

    private async Task RunAsync(bool isPastDue, DateTimeOffset? occurrence, DateTimeOffset now, CancellationToken stoppingToken)
    {
        var info = new TimerInfo
        {
            IsPastDue = isPastDue,
            ScheduleStatus = new ScheduleStatus
            {
                Last = occurrence?.UtcDateTime ?? default,
                Next = schedule.GetNextOccurrence(now, TimeZoneInfo.Utc)?.UtcDateTime ?? default,
                LastUpdated = now.UtcDateTime,
            },
        };
        try
        {
            await invoker.InvokeAsync(function, (_, _) => info, new Dictionary<string, object?>(), stoppingToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // Logged by the invoker. A timer function is not retried; the next occurrence runs as planned.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Timer '{Function}' has no further occurrence; it stops")]
    private partial void LogNoMoreOccurrences(string function);
}
