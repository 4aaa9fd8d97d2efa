using Microsoft.Bot.Builder.Integration;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using RectifyBot.Core.Conversations;

namespace RectifyBot.Teams.Conversations;

/// <summary>Turns an incoming activity into a stored <see cref="ConversationAddress"/>, and a stored address back into a Bot Framework conversation reference.</summary>
public static class ConversationAddresses
{
    // Bot Framework's own serializer settings, so the reference reads back exactly as the SDK wrote it.
    private static readonly JsonSerializerSettings SerializerSettings = MessageSerializerSettings.Create();

    /// <summary>The sender's address, or null when the activity does not name the sender's Azure AD object id.</summary>
    public static ConversationAddress? FromActivity(IActivity activity, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var aadObjectId = activity.From?.AadObjectId;
        if (string.IsNullOrWhiteSpace(aadObjectId) || activity.Conversation?.Id is not { Length: > 0 } conversationId)
        {
            return null;
        }

        var locale = (activity as IMessageActivity)?.Locale;
        var reference = activity is Activity concrete
            ? concrete.GetConversationReference()
            : new ConversationReference
            {
                ActivityId = activity.Id,
                User = activity.From,
                Bot = activity.Recipient,
                Conversation = activity.Conversation,
                ChannelId = activity.ChannelId,
                Locale = locale,
                ServiceUrl = activity.ServiceUrl,
            };

        return new ConversationAddress(
            AadObjectId: aadObjectId,
            TenantId: activity.Conversation.TenantId ?? TenantFromChannelData(activity.ChannelData),
            ChannelId: activity.ChannelId ?? "msteams",
            ConversationId: conversationId,
            ServiceUrl: activity.ServiceUrl ?? "",
            Locale: locale,
            ReferenceJson: JsonConvert.SerializeObject(reference, SerializerSettings),
            UpdatedAt: now);
    }

    /// <summary>The person's Teams user id (29:…) in the conversation: a card's refresh names it.</summary>
    public static string? UserIdOf(ConversationAddress address) => ToReference(address).User?.Id;

    public static ConversationReference ToReference(ConversationAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var reference = string.IsNullOrWhiteSpace(address.ReferenceJson)
            ? new ConversationReference()
            : JsonConvert.DeserializeObject<ConversationReference>(address.ReferenceJson, SerializerSettings) ?? new ConversationReference();

        // The address's own fields are authoritative for where to send.
        reference.ChannelId ??= address.ChannelId;
        reference.ServiceUrl = string.IsNullOrEmpty(address.ServiceUrl) ? reference.ServiceUrl : address.ServiceUrl;
        reference.Conversation ??= new ConversationAccount();
        reference.Conversation.Id = address.ConversationId;
        reference.Conversation.TenantId ??= address.TenantId;
        reference.Locale ??= address.Locale;
        return reference;
    }

    private static string? TenantFromChannelData(object? channelData)
    {
        var data = channelData switch
        {
            null => null,
            JObject json => json,
            string text => TryParse(text),
            _ => JObject.FromObject(channelData),
        };
        return data?["tenant"]?["id"]?.Type == JTokenType.String ? data["tenant"]!["id"]!.Value<string>() : null;
    }

    private static JObject? TryParse(string text)
    {
        try
        {
            return JObject.Parse(text);
        }
        catch (JsonReaderException)
        {
            return null;
        }
    }
}
