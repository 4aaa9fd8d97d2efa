using Microsoft.Extensions.Configuration;

namespace RectifyBot.Teams.Authentication;

/// <summary>
/// The <c>Cloud</c> setting: <c>Public</c> (default) leaves the Bot Framework's public-cloud defaults alone; <c>China</c>
/// (Azure operated by 21Vianet, Teams at teams.microsoftonline.cn) fills in every one of
/// <see cref="BotAuthentication.CloudKeys"/> with the values Microsoft documents for 21Vianet, except those set explicitly.
/// </summary>
public static class BotFrameworkCloud
{
    public const string SettingName = "Cloud";
    public const string Public = "Public";
    public const string China = "China";

    /// <summary>
    /// The 21Vianet Bot Framework endpoints, as Microsoft's "Configure a bot in Microsoft Azure operated by 21Vianet"
    /// (bot-docs, how-to-deploy-china-cloud, 2024-09) lists them for SingleTenant / UserAssignedMSI bots. ChannelService
    /// and CallerId are not in that list: they are set so that ConfigurationBotFrameworkAuthentication, which uses only
    /// what is set once anything is, builds the parameterized (non-public) authentication with a China caller id.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ChinaSettings(string? tenantId) => new Dictionary<string, string>
    {
        ["ChannelService"] = "https://botframework.azure.cn",
        ["ValidateAuthority"] = "true",
        // SingleTenant / UserAssignedMSI bots sign in at their own tenant's 21Vianet authority.
        ["ToChannelFromBotLoginUrl"] = "https://login.partner.microsoftonline.cn/"
            + (string.IsNullOrEmpty(tenantId) ? "microsoftservices.partner.onmschina.cn" : tenantId),
        ["ToChannelFromBotOAuthScope"] = "https://api.botframework.azure.cn",
        ["ToBotFromChannelTokenIssuer"] = "https://api.botframework.azure.cn",
        ["OAuthUrl"] = "https://token.botframework.azure.cn/",
        ["ToBotFromChannelOpenIdMetadataUrl"] = "https://login.botframework.azure.cn/v1/.well-known/openidconfiguration",
        ["ToBotFromEmulatorOpenIdMetadataUrl"] = "https://login.partner.microsoftonline.cn/a55a4d5b-9241-49b1-b4ff-befa8db00269/v2.0/.well-known/openid-configuration",
        ["CallerId"] = "urn:botframework:azurecn",
    };

    /// <summary>
    /// The configuration the Bot Framework should read: unchanged for the public cloud; for China, the configuration
    /// with the 21Vianet value added for every cloud key that is not set (explicit settings win, e.g. in tests).
    /// </summary>
    /// <exception cref="InvalidOperationException">Cloud is neither Public nor China.</exception>
    public static IConfiguration Apply(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var cloud = configuration[SettingName];
        if (string.IsNullOrEmpty(cloud) || string.Equals(cloud, Public, StringComparison.OrdinalIgnoreCase))
        {
            return configuration;
        }

        if (!string.Equals(cloud, China, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Cloud must be {Public} or {China}, not '{cloud}'.");
        }

        var missing = ChinaSettings(configuration["MicrosoftAppTenantId"])
            .Where(s => string.IsNullOrEmpty(configuration[s.Key]))
            .Select(s => new KeyValuePair<string, string?>(s.Key, s.Value));
        return new ConfigurationBuilder().AddConfiguration(configuration).AddInMemoryCollection(missing).Build();
    }
}
