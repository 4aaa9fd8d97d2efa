namespace RectifyBot.Storage.Queues;

/// <summary>The queue part of the "Storage" configuration section (shared with the table adapters).</summary>
public sealed class QueueStorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Storage account connection string; the local Azurite by default.</summary>
    public string ConnectionString { get; set; } = "UseDevelopmentStorage=true";

    /// <summary>Prepended to queue names (lowercase letters, digits, hyphens) to isolate tests. Empty in Azure.</summary>
    public string? QueuePrefix { get; set; }
}
