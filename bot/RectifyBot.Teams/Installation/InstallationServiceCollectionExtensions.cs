using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RectifyBot.Core.Installation;
using RectifyBot.Storage;

namespace RectifyBot.Teams.Installation;

public static class InstallationServiceCollectionExtensions
{
    /// <summary>
    /// Proactive installation through Microsoft Graph (<see cref="GraphInstallOptions"/>), calling with the same identity
    /// as storage (the user-assigned managed identity when Storage:ManagedIdentityClientId is set).
    /// </summary>
    public static IServiceCollection AddRectifyBotAppInstallation(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<GraphInstallOptions>().Bind(configuration.GetSection(GraphInstallOptions.SectionName));
        services.TryAddSingleton(sp => new GraphCredential(StorageClients.Credential(sp.GetRequiredService<IOptions<StorageOptions>>().Value)));
        services.TryAddSingleton<ITeamsAppInstaller, GraphTeamsAppInstaller>();
        services.TryAddTransient<ProactiveInstallation>();
        return services;
    }
}
