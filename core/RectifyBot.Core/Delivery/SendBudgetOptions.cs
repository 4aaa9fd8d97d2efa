namespace RectifyBot.Core.Delivery;

/// <summary>The shared send budget. Bound from the configuration section <see cref="SectionName"/>.</summary>
public sealed class SendBudgetOptions
{
    public const string SectionName = "Delivery:Budget";

    /// <summary>Sends per second for the whole app, every instance together; below Teams' per-app limit (about 50/s).</summary>
    public int PerSecond { get; set; } = 40;

    /// <summary>Slots one instance takes from storage at a time (fewer storage calls; unused slots lapse with their second).</summary>
    public int ChunkSize { get; set; } = 5;

    public bool IsValid => PerSecond >= 1 && ChunkSize >= 1 && ChunkSize <= PerSecond;
}
