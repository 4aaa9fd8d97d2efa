using Microsoft.Azure.Functions.Worker;

namespace RectifyBot.Functions.Tests.TestFunctions;

/// <summary>09:00 China Standard Time (UTC+8) written in UTC, as schedules must be on Linux plans.</summary>
public sealed class NineAmChinaTimeFunction(InvocationRecorder recorder, TimeProvider clock)
{
    public const string Name = "NineAmChinaTime";

    [Function(Name)]
    public void Run([TimerTrigger("0 0 1 * * *")] TimerInfo timer) => recorder.RecordTimer(timer, clock.GetUtcNow());
}
