using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Azure.Functions.Worker;

namespace RectifyBot.Functions.Tests.TestFunctions;

/// <summary>What the test functions saw, registered as a singleton by each test.</summary>
public sealed class InvocationRecorder
{
    private readonly Channel<TimerRun> _timerRuns = Channel.CreateUnbounded<TimerRun>();

    public ConcurrentQueue<long> DequeueCounts { get; } = new();

    public ChannelReader<TimerRun> TimerRuns => _timerRuns.Reader;

    public void RecordTimer(TimerInfo timer, DateTimeOffset at) => _timerRuns.Writer.TryWrite(new TimerRun(timer, at));

    public sealed record TimerRun(TimerInfo Timer, DateTimeOffset At);
}
