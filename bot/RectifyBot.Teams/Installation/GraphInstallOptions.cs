namespace RectifyBot.Teams.Installation;

/// <summary>Proactive installation through Microsoft Graph (section "GraphInstall"; rows in docs/conventions.md).</summary>
public sealed class GraphInstallOptions
{
    public const string SectionName = "GraphInstall";

    /// <summary>
    /// Off by default: it needs the application permission TeamsAppInstallation.ReadWriteSelfForUser.All granted to the
    /// identity the functions app runs as. Microsoft Graph in Azure China (21Vianet) does not offer the API: there the
    /// org-wide app setup policy is the only way.
    /// </summary>
    public bool Enabled { get; set; }

    /// <summary>Microsoft Graph's root (public cloud); a test points it at a local server.</summary>
    public Uri Endpoint { get; set; } = new("https://graph.microsoft.com");

    /// <summary>The app's id in the tenant's app catalog (Teams admin center → Manage apps → RectifyBot → App ID), not the manifest id.</summary>
    public string? CatalogAppId { get; set; }
}
