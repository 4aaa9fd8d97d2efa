using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using RectifyBot.Teams.Conversations;

namespace RectifyBot.Teams.Tests.Conversations;

public sealed class ConversationAddressesTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private static Activity Incoming(string? aadObjectId, string? tenantId = "tenant-1", object? channelData = null) => new()
    {
        Type = ActivityTypes.Message,
        Id = "incoming-1",
        ChannelId = "msteams",
        ServiceUrl = "https://smba.trafficmanager.net/apac/",
        Locale = "zh-CN",
        From = new ChannelAccount("29:user", "张三", aadObjectId: aadObjectId),
        Recipient = new ChannelAccount("28:bot", "整改助手"),
        Conversation = new ConversationAccount(id: "a:personal-chat", tenantId: tenantId),
        ChannelData = channelData,
    };

    [Fact]
    public void The_address_names_the_sender_by_aad_object_id_with_conversation_service_url_tenant_and_locale()
    {
        var address = ConversationAddresses.FromActivity(Incoming("aad-1"), Now)!;

        Assert.Equal(("aad-1", "tenant-1", "msteams", "a:personal-chat", "https://smba.trafficmanager.net/apac/", "zh-CN", Now),
            (address.AadObjectId, address.TenantId, address.ChannelId, address.ConversationId, address.ServiceUrl, address.Locale, address.UpdatedAt));
    }

    [Fact]
    public void Without_the_senders_aad_object_id_there_is_no_address() =>
        Assert.Null(ConversationAddresses.FromActivity(Incoming(aadObjectId: null), Now));

    [Fact]
    public void The_tenant_comes_from_channel_data_when_the_conversation_lacks_it()
    {
        var activity = Incoming("aad-1", tenantId: null, channelData: JObject.Parse("{\"tenant\":{\"id\":\"tenant-from-channel-data\"}}"));

        Assert.Equal("tenant-from-channel-data", ConversationAddresses.FromActivity(activity, Now)!.TenantId);
    }

    [Fact]
    public void The_stored_reference_reads_back_as_the_activitys_conversation_reference()
    {
        var activity = Incoming("aad-1");

        var reference = ConversationAddresses.ToReference(ConversationAddresses.FromActivity(activity, Now)!);

        Assert.Equal("a:personal-chat", reference.Conversation.Id);
        Assert.Equal("tenant-1", reference.Conversation.TenantId);
        Assert.Equal("28:bot", reference.Bot.Id);
        Assert.Equal("29:user", reference.User.Id);
        Assert.Equal("aad-1", reference.User.AadObjectId);
        Assert.Equal("https://smba.trafficmanager.net/apac/", reference.ServiceUrl);
        Assert.Equal("msteams", reference.ChannelId);
        Assert.Equal("incoming-1", reference.ActivityId);
    }
}
