namespace RectifyBot.Teams.Delivery;

/// <summary>Retry rules of one proactive send. Bound from the configuration section <see cref="SectionName"/>.</summary>
public sealed class DeliveryOptions
{
    public const string SectionName = "Delivery";

    /// <summary>Attempts per send, the first included (at least 1).</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>First backoff delay for 412/502/503/504 and connection failures; doubled per attempt, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest Retry-After (429) waited for inside one send; a longer one ends the send as Failed, for the queue to retry later.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long one attempt may wait for the channel's answer; no answer is an ambiguous outcome (the message may have arrived).</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
