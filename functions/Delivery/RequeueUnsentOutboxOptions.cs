namespace RectifyBot.Functions.Delivery;

/// <summary>Configuration section "Delivery:Requeue".</summary>
public sealed class RequeueUnsentOutboxOptions
{
    public const string SectionName = "Delivery:Requeue";

    /// <summary>Unsent rows younger than this are left alone: their queue message is probably still in flight.</summary>
    public TimeSpan MinimumAge { get; set; } = TimeSpan.FromMinutes(5);
}
