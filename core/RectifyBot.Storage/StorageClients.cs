using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Queues;

namespace RectifyBot.Storage;

/// <summary>
/// Storage clients from <see cref="StorageOptions"/>: with a managed identity when a service URI is set (Azure), else
/// from the connection string (Azurite locally, tests).
/// </summary>
public static class StorageClients
{
    public static TableServiceClient TableService(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.TableServiceUri is { } uri
            ? new TableServiceClient(uri, Credential(options))
            : new TableServiceClient(options.ConnectionString);
    }

    public static QueueClient Queue(StorageOptions options, string queueName, QueueClientOptions clientOptions)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.QueueServiceUri is { } uri
            ? new QueueClient(new Uri(uri.AbsoluteUri.TrimEnd('/') + "/" + queueName), Credential(options), clientOptions)
            : new QueueClient(options.ConnectionString, queueName, clientOptions);
    }

    public static Azure.Storage.Blobs.BlobServiceClient BlobService(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.BlobServiceUri is { } uri
            ? new Azure.Storage.Blobs.BlobServiceClient(uri, Credential(options))
            : new Azure.Storage.Blobs.BlobServiceClient(options.ConnectionString);
    }

    /// <summary>The user-assigned identity when its client id is set; otherwise whatever DefaultAzureCredential finds.</summary>
    public static TokenCredential Credential(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.IsNullOrEmpty(options.ManagedIdentityClientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId));
    }
}
