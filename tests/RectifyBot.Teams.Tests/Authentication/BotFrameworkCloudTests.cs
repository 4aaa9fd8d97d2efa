using Microsoft.Extensions.Configuration;
using RectifyBot.Teams.Authentication;

namespace RectifyBot.Teams.Tests.Authentication;

public sealed class BotFrameworkCloudTests
{
    private const string TenantId = "5b7c1e2d-3f4a-4b6c-8d9e-0f1a2b3c4d5e";

    private static IConfiguration Settings(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();

    [Fact]
    public void China_sets_every_Bot_Framework_cloud_key_to_the_21Vianet_endpoints()
    {
        var applied = BotFrameworkCloud.Apply(Settings(("Cloud", "China"), ("MicrosoftAppTenantId", TenantId)));

        Assert.All(BotAuthentication.CloudKeys, k => Assert.False(string.IsNullOrEmpty(applied[k]), k));
        Assert.Equal("https://botframework.azure.cn", applied["ChannelService"]);
        Assert.Equal("https://api.botframework.azure.cn", applied["ToBotFromChannelTokenIssuer"]);
        Assert.Equal("https://login.botframework.azure.cn/v1/.well-known/openidconfiguration", applied["ToBotFromChannelOpenIdMetadataUrl"]);
        Assert.Equal("https://api.botframework.azure.cn", applied["ToChannelFromBotOAuthScope"]);
        Assert.Equal("https://login.partner.microsoftonline.cn/" + TenantId, applied["ToChannelFromBotLoginUrl"]);
        Assert.Equal("https://token.botframework.azure.cn/", applied["OAuthUrl"]);
        Assert.Equal("https://login.partner.microsoftonline.cn/a55a4d5b-9241-49b1-b4ff-befa8db00269/v2.0/.well-known/openid-configuration", applied["ToBotFromEmulatorOpenIdMetadataUrl"]);
        Assert.Equal("urn:botframework:azurecn", applied["CallerId"]);
        Assert.All(BotAuthentication.CloudKeys, k => Assert.DoesNotContain("botframework.com", applied[k]!, StringComparison.Ordinal));
    }

    [Fact]
    public void An_explicitly_set_key_wins_over_the_China_value()
    {
        var applied = BotFrameworkCloud.Apply(Settings(("Cloud", "china"), ("OAuthUrl", "https://token.example.cn/")));
        Assert.Equal("https://token.example.cn/", applied["OAuthUrl"]);
        Assert.Equal("https://api.botframework.azure.cn", applied["ToBotFromChannelTokenIssuer"]);
    }

    [Theory]
    [InlineData("Public")]
    [InlineData("")]
    public void Public_or_unset_leaves_the_configuration_as_it_is(string cloud)
    {
        var settings = Settings(("Cloud", cloud));
        Assert.Same(settings, BotFrameworkCloud.Apply(settings));
        Assert.All(BotAuthentication.CloudKeys, k => Assert.Null(BotFrameworkCloud.Apply(settings)[k]));
    }

    [Fact]
    public void An_unknown_cloud_is_refused_at_start_up()
    {
        var error = Assert.Throws<InvalidOperationException>(() => BotFrameworkCloud.Apply(Settings(("Cloud", "USGov"))));
        Assert.Contains("USGov", error.Message, StringComparison.Ordinal);
    }
}
