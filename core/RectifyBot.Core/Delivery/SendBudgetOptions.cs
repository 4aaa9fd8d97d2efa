namespace RectifyBot.Core.Delivery;

/// <summary>The shared send budget. Bound from the configuration section <see cref="SectionName"/>.</summary>
public sealed class SendBudgetOptions
{
    public const string SectionName = "Delivery:Budget";

    /// <summary>Sends per second for the whole app, every instance together; below Teams' per-app limit (about 50/s).</summary>
    public int PerSecond { get; set; } = 40;

    /// <summary>Send moments one instance reserves from storage at a time (fewer storage calls).</summary>
    public int ChunkSize { get; set; } = 5;

    /// <summary>
    /// Time per second kept free for arrival jitter. Teams counts a sliding second when a request arrives, and a
    /// request arrives a few milliseconds after its moment, more or less; moments are spaced (1 s + Guard) ÷ PerSecond
    /// apart, so a send may arrive up to Guard later than the send PerSecond moments after it and the sliding second
    /// still holds at most PerSecond. Costs Guard ÷ 1 s of the rate (10 ms: 1 %).
    /// </summary>
    public TimeSpan Guard { get; set; } = TimeSpan.FromMilliseconds(10);

    /// <summary>The distance between two consecutive send moments of the whole app, rounded up to a whole tick.</summary>
    public TimeSpan Spacing => TimeSpan.FromTicks(((TimeSpan.FromSeconds(1) + Guard).Ticks + PerSecond - 1) / PerSecond);

    public bool IsValid => PerSecond >= 1 && ChunkSize >= 1 && ChunkSize <= PerSecond && Guard >= TimeSpan.Zero && Guard < TimeSpan.FromSeconds(1);
}
