namespace RectifyBot.Core.Delivery;

/// <summary>
/// A person the channel refused for good (403: app uninstalled or bot blocked; 404: unknown user or conversation):
/// who, when, the status code and the reason, and the outbox message that found out. Cleared when they next talk to the bot.
/// </summary>
public sealed record UnreachableRecipient(string AadObjectId, DateTimeOffset At, int StatusCode, string Reason, string OutboxMessageId);
