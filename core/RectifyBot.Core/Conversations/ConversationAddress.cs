namespace RectifyBot.Core.Conversations;

/// <summary>
/// Where a person can be reached proactively: their personal chat with the bot.
/// <see cref="ReferenceJson"/> is the channel's conversation reference, opaque to the domain
/// (the Teams edge serializes and reads it).
/// </summary>
public sealed record ConversationAddress(
    string AadObjectId,
    string? TenantId,
    string ChannelId,
    string ConversationId,
    string ServiceUrl,
    string? Locale,
    string ReferenceJson,
    DateTimeOffset UpdatedAt);
