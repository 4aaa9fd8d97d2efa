using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using RectifyBot.Teams.Connector;

namespace RectifyBot.Teams.Authentication;

public static class BotAuthentication
{
    /// <summary>
    /// The keys that replace the public-cloud defaults of Bot Framework authentication (e.g. for Azure China).
    /// ConfigurationBotFrameworkAuthentication uses only what is set once any of them is set, so it is all or none.
    /// </summary>
    public static readonly IReadOnlyList<string> CloudKeys =
    [
        "ChannelService", "ValidateAuthority", "ToChannelFromBotLoginUrl", "ToChannelFromBotOAuthScope",
        "ToBotFromChannelTokenIssuer", "OAuthUrl", "ToBotFromChannelOpenIdMetadataUrl",
        "ToBotFromEmulatorOpenIdMetadataUrl", "CallerId",
    ];

    /// <summary>
    /// Bot Framework authentication from configuration (MicrosoftAppType, MicrosoftAppId, MicrosoftAppPassword,
    /// MicrosoftAppTenantId, and optionally all of <see cref="CloudKeys"/>, which <c>Cloud = China</c> fills in, see
    /// <see cref="BotFrameworkCloud"/>): anonymous when MicrosoftAppId is empty, full token validation when it is set;
    /// token errors are 401; connector clients share their JSON contracts (<see cref="ConnectorClientsShareJsonContracts"/>).
    /// </summary>
    public static IServiceCollection AddRectifyBotAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        configuration = BotFrameworkCloud.Apply(configuration);
        ThrowIfCloudKeysIncomplete(configuration);
        services.AddHttpClient();
        services.TryAddSingleton<ServiceClientCredentialsFactory>(sp => new ConfigurationServiceClientCredentialFactory(configuration));
        services.TryAddSingleton<BotFrameworkAuthentication>(sp => new ConnectorClientsShareJsonContracts(new TokenErrorsAreUnauthorized(
            new ConfigurationBotFrameworkAuthentication(
                configuration,
                sp.GetRequiredService<ServiceClientCredentialsFactory>(),
                httpClientFactory: sp.GetRequiredService<IHttpClientFactory>(),
                logger: sp.GetRequiredService<ILoggerFactory>().CreateLogger<ConfigurationBotFrameworkAuthentication>()))));
        return services;
    }

    private static void ThrowIfCloudKeysIncomplete(IConfiguration configuration)
    {
        var set = CloudKeys.Where(k => !string.IsNullOrEmpty(configuration[k])).ToList();
        if (set.Count > 0 && set.Count < CloudKeys.Count)
        {
            var missing = string.Join(", ", CloudKeys.Except(set));
            throw new InvalidOperationException(
                $"Bot Framework cloud settings are partly set; set all of them or none. Missing: {missing}.");
        }
    }
}
