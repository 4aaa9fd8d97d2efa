namespace RectifyBot.Core.Delivery;

/// <summary>
/// The app's global send rate (Teams limits an app per tenant, not per instance): every send attempt to the Bot
/// Connector takes a slot first, from a budget shared by every instance of every host.
/// </summary>
public interface ISendBudget
{
    /// <summary>Waits until a slot is free and returns the moment the slot belongs to (at or before now when it returns).</summary>
    ValueTask<DateTimeOffset> TakeSlotAsync(CancellationToken cancellationToken = default);
}
