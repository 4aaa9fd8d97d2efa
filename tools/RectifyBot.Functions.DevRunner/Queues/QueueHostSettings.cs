namespace RectifyBot.Functions.DevRunner.Queues;

/// <summary>host.json "extensions:queues", read from configuration section AzureFunctionsJobHost:extensions:queues; defaults as the host's.</summary>
public sealed class QueueHostSettings
{
    public const string SectionName = "AzureFunctionsJobHost:extensions:queues";

    /// <summary>"base64" (the host's default) or "none".</summary>
    public string MessageEncoding { get; set; } = "base64";

    public int MaxDequeueCount { get; set; } = 5;

    /// <summary>How long a failed message stays invisible before its next attempt.</summary>
    public TimeSpan VisibilityTimeout { get; set; } = TimeSpan.Zero;

    public int BatchSize { get; set; } = 16;

    /// <summary>A new batch is fetched once no more than this many messages are still in flight (the host's default is half the batch).</summary>
    public int? NewBatchThreshold { get; set; }

    /// <summary><see cref="NewBatchThreshold"/> or, when unset, half of <see cref="BatchSize"/>.</summary>
    public int EffectiveNewBatchThreshold => NewBatchThreshold ?? BatchSize / 2;

    /// <summary>Longest pause between polls of an empty queue (the host's default is one minute; shorter here for development).</summary>
    public TimeSpan MaxPollingInterval { get; set; } = TimeSpan.FromSeconds(2);

    public bool IsBase64 => MessageEncoding.Equals("base64", StringComparison.OrdinalIgnoreCase)
        || (MessageEncoding.Equals("none", StringComparison.OrdinalIgnoreCase)
            ? false
            : throw new InvalidOperationException($"host.json extensions.queues.messageEncoding must be 'base64' or 'none', not '{MessageEncoding}'."));
}
