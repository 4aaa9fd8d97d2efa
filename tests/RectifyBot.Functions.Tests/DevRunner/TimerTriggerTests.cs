using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RectifyBot.Functions.Tests.Support;
using RectifyBot.Functions.Tests.TestFunctions;

namespace RectifyBot.Functions.Tests.DevRunner;

public sealed class TimerTriggerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private static readonly DateTimeOffset HalfPastMidnightUtc = new(2025, 3, 3, 0, 30, 0, TimeSpan.Zero);

    private static Task<Runner> StartAsync(FakeTimeProvider clock, InvocationRecorder recorder) =>
        Runner.StartAsync(
            NineAmChinaTimeFunction.Name,
            services: s => s.AddSingleton<TimeProvider>(clock).AddSingleton(recorder),
            assemblies: typeof(NineAmChinaTimeFunction).Assembly);

    [Fact]
    public async Task A_schedule_of_0_0_1_star_star_star_fires_at_01_00_UTC_which_is_09_00_China_Standard_Time()
    {
        var clock = new FakeTimeProvider(HalfPastMidnightUtc);
        var recorder = new InvocationRecorder();
        await using var runner = await StartAsync(clock, recorder);

        clock.Advance(TimeSpan.FromMinutes(29) + TimeSpan.FromSeconds(59));
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        Assert.False(recorder.TimerRuns.TryRead(out _), "fired before 01:00 UTC");

        clock.Advance(TimeSpan.FromSeconds(1));
        var run = await recorder.TimerRuns.ReadAsync().AsTask().WaitAsync(Patience);

        Assert.Equal(new DateTimeOffset(2025, 3, 3, 1, 0, 0, TimeSpan.Zero), run.At);
        Assert.Equal(new DateTimeOffset(2025, 3, 3, 9, 0, 0, TimeSpan.FromHours(8)), run.At);
        Assert.False(run.Timer.IsPastDue);
        Assert.Equal(new DateTime(2025, 3, 4, 1, 0, 0, DateTimeKind.Utc), run.Timer.ScheduleStatus!.Next);
    }

    [Fact]
    public async Task Missed_occurrences_yield_a_single_catch_up_run_that_is_past_due()
    {
        var clock = new FakeTimeProvider(HalfPastMidnightUtc);
        var recorder = new InvocationRecorder();
        await using var runner = await StartAsync(clock, recorder);

        clock.Advance(TimeSpan.FromDays(3));
        var run = await recorder.TimerRuns.ReadAsync().AsTask().WaitAsync(Patience);
        await Task.Delay(TimeSpan.FromMilliseconds(300));

        Assert.True(run.Timer.IsPastDue);
        Assert.Equal(HalfPastMidnightUtc.AddDays(3), run.At);
        Assert.False(recorder.TimerRuns.TryRead(out _), "more than one catch-up run");
        Assert.Equal(new DateTime(2025, 3, 6, 1, 0, 0, DateTimeKind.Utc), run.Timer.ScheduleStatus!.Next);
    }
}
