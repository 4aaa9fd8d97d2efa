using Microsoft.Bot.Schema;
using RectifyBot.Core.Conversations;
using RectifyBot.Teams.Conversations;

namespace RectifyBot.Functions.Tests.Support;

/// <summary>Records the conversation address a person's first message to the bot leaves, as the bot does.</summary>
public static class OpenedBot
{
    public static Task SaveAddressAsync(IConversationAddressBook addresses, string aadObjectId, string serviceUrl, string name = "王芳", string? locale = null)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        return addresses.SaveAsync(ConversationAddresses.FromActivity(new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = "msteams",
            ServiceUrl = serviceUrl,
            Locale = locale,
            From = new ChannelAccount("29:" + aadObjectId, name, aadObjectId: aadObjectId),
            Recipient = new ChannelAccount("28:bot", "RectifyBot"),
            Conversation = new ConversationAccount(id: "a:" + aadObjectId, tenantId: "tenant-1"),
        }, DateTimeOffset.UtcNow)!);
    }
}
