using Microsoft.Azure.Functions.Worker;

namespace RectifyBot.Functions.DevRunner.Context;

/// <summary>No function-level retry policy: queues retry through their dequeue count, timers do not retry.</summary>
public sealed class DevRetryContext : RetryContext
{
    public override int RetryCount => 0;

    public override int MaxRetryCount => 0;
}
