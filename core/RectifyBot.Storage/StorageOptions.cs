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
}
