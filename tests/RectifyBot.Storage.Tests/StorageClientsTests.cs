using Azure.Identity;
using Azure.Storage.Queues;

namespace RectifyBot.Storage.Tests;

/// <summary>In Azure the service URIs and a managed identity are used; locally and in tests, the connection string.</summary>
public sealed class StorageClientsTests
{
    private const string AzuriteConnection = "UseDevelopmentStorage=true";

    [Fact]
    public void With_service_uris_the_clients_address_that_account_in_Azure_China_not_the_connection_string()
    {
        var options = new StorageOptions
        {
            ConnectionString = AzuriteConnection,
            TableServiceUri = new Uri("https://rectifyprod.table.core.chinacloudapi.cn"),
            QueueServiceUri = new Uri("https://rectifyprod.queue.core.chinacloudapi.cn/"),
            ManagedIdentityClientId = "0b7a6f1e-5d4c-4b3a-9e8f-7d6c5b4a3e2f",
        };

        Assert.Equal("rectifyprod", StorageClients.TableService(options).AccountName);
        var queue = StorageClients.Queue(options, "outbox-send", new QueueClientOptions());
        Assert.Equal(new Uri("https://rectifyprod.queue.core.chinacloudapi.cn/outbox-send"), queue.Uri);
        Assert.Equal("outbox-send", queue.Name);
    }

    [Fact]
    public void The_user_assigned_identity_is_used_when_its_client_id_is_set_otherwise_the_default_credential()
    {
        Assert.IsType<ManagedIdentityCredential>(StorageClients.Credential(new StorageOptions { ManagedIdentityClientId = "0b7a6f1e-5d4c-4b3a-9e8f-7d6c5b4a3e2f" }));
        Assert.IsType<DefaultAzureCredential>(StorageClients.Credential(new StorageOptions()));
    }

    [Fact]
    public void Without_service_uris_the_connection_string_is_used()
    {
        var options = new StorageOptions { ConnectionString = AzuriteConnection };
        Assert.Equal("devstoreaccount1", StorageClients.TableService(options).AccountName);
        Assert.Equal("devstoreaccount1", StorageClients.Queue(options, "outbox-send", new QueueClientOptions()).AccountName);
    }
}
