namespace RectifyBot.Storage;

/// <summary>Where the tables live. Bound from the configuration section <see cref="SectionName"/>.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Azure Storage connection string; the default is the local Azurite development account.</summary>
    public string ConnectionString { get; set; } = "UseDevelopmentStorage=true";

    /// <summary>Prepended to every table name (letters and digits only), so tests and environments never share tables.</summary>
    public string TablePrefix { get; set; } = "";

    /// <summary>Prepended to every queue name (lowercase letters, digits, hyphens), so tests and environments never share queues.</summary>
    public string QueuePrefix { get; set; } = "";

    /// <summary>
    /// In Azure: the account's table endpoint (https://&lt;account&gt;.table.core.windows.net, or .core.chinacloudapi.cn in
    /// Azure China), reached with a managed identity instead of <see cref="ConnectionString"/>, which is then ignored.
    /// </summary>
    public Uri? TableServiceUri { get; set; }

    /// <summary>In Azure: the account's queue endpoint, reached with a managed identity (see <see cref="TableServiceUri"/>).</summary>
    public Uri? QueueServiceUri { get; set; }

    /// <summary>In Azure: the account's blob endpoint (submitted summary reports), reached with a managed identity (see <see cref="TableServiceUri"/>).</summary>
    public Uri? BlobServiceUri { get; set; }

    /// <summary>The client id of the user-assigned managed identity for the service URIs; empty = the default Azure credential.</summary>
    public string ManagedIdentityClientId { get; set; } = "";
}
