namespace RectifyBot.Core.Delivery;

/// <summary>The shared send budget. Bound from the configuration section <see cref="SectionName"/>.</summary>
public sealed class SendBudgetOptions
{
    public const string SectionName = "Delivery:Budget";

    /// <summary>Sends per second for the whole app, every instance together; below Teams' per-app limit (about 50/s).</summary>
    public int PerSecond { get; set; } = 40;

    /// <summary>Slots one instance takes from storage at a time (fewer storage calls; unused slots lapse with their second).</summary>
    public int ChunkSize { get; set; } = 5;

    /// <summary>
    /// Slots of each second left unused. Teams counts a sliding second at its end, and a request arrives a few
    /// milliseconds after its slot, more or less; with every slot used, a send that arrives a little later than the
    /// same slot a second later makes PerSecond + 1 in Teams' window and is refused (429). One unused slot per second
    /// absorbs a lag of up to one slot's interval (20 ms at 50/s) for 1/PerSecond of the rate.
    /// </summary>
    public int GuardSlots { get; set; } = 1;

    /// <summary>The slots handed out per second: <see cref="PerSecond"/> less <see cref="GuardSlots"/>.</summary>
    public int SlotsPerSecond => PerSecond - GuardSlots;

    public bool IsValid => PerSecond >= 1 && GuardSlots >= 0 && SlotsPerSecond >= 1 && ChunkSize >= 1 && ChunkSize <= SlotsPerSecond;
}
