using System.Security.Claims;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Rest.Serialization;
using Newtonsoft.Json.Serialization;
using RectifyBot.Teams.Authentication;

namespace RectifyBot.Teams.Tests.Connector;

public sealed class ConnectorClientsShareJsonContractsTests
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/cn/";

    private static readonly ClaimsIdentity Anonymous = new([], "anonymous");

    private static async Task<ConnectorClient> ClientAsync(BotFrameworkAuthentication authentication) =>
        (ConnectorClient)await authentication.CreateConnectorFactory(Anonymous).CreateAsync(ServiceUrl, "https://api.botframework.com", CancellationToken.None);

    private static BotFrameworkAuthentication HostAuthentication()
    {
        var services = new ServiceCollection().AddLogging().AddRectifyBotAuthentication(new ConfigurationBuilder().Build()).BuildServiceProvider();
        return services.GetRequiredService<BotFrameworkAuthentication>();
    }

    [Fact]
    public async Task Every_connector_client_of_the_host_uses_the_same_contract_resolvers()
    {
        var authentication = HostAuthentication();
        using var first = await ClientAsync(authentication);
        using var second = await ClientAsync(authentication);

        Assert.Same(first.SerializationSettings.ContractResolver, second.SerializationSettings.ContractResolver);
        Assert.Same(first.DeserializationSettings.ContractResolver, second.DeserializationSettings.ContractResolver);
        Assert.IsType<DefaultContractResolver>(first.SerializationSettings.ContractResolver);
    }

    [Fact]
    public async Task Without_it_each_client_starts_with_empty_contract_caches()
    {
        var plain = new ConfigurationBotFrameworkAuthentication(new ConfigurationBuilder().Build());
        using var first = await ClientAsync(plain);
        using var second = await ClientAsync(plain);

        Assert.NotSame(first.SerializationSettings.ContractResolver, second.SerializationSettings.ContractResolver);
    }

    [Fact]
    public async Task An_activity_is_written_exactly_as_a_fresh_client_writes_it()
    {
        var plain = new ConfigurationBotFrameworkAuthentication(new ConfigurationBuilder().Build());
        using var fresh = await ClientAsync(plain);
        using var shared = await ClientAsync(HostAuthentication());
        var activity = MessageFactory.Attachment(new Attachment("application/vnd.microsoft.card.adaptive", content: new { type = "AdaptiveCard", version = "1.5" }));
        activity.Text = "整改事项提醒";
        activity.Conversation = new ConversationAccount(id: "a:1");

        Assert.Equal(
            SafeJsonConvert.SerializeObject(activity, fresh.SerializationSettings),
            SafeJsonConvert.SerializeObject(activity, shared.SerializationSettings));
    }
}
