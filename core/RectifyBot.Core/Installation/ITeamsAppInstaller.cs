namespace RectifyBot.Core.Installation;

/// <summary>Installs RectifyBot in one person's personal scope in Teams (Microsoft Graph), so the bot can message them.</summary>
public interface ITeamsAppInstaller
{
    /// <summary>Whether installation is switched on (it needs a Graph application permission the tenant must grant).</summary>
    bool Enabled { get; }

    Task<AppInstallOutcome> InstallForAsync(string userPrincipalName, CancellationToken cancellationToken = default);
}
