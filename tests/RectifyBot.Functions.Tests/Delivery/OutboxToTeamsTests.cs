using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RectifyBot.Core.Conversations;
using RectifyBot.Core.Delivery;
using RectifyBot.Functions.Tests.Support;
using RectifyBot.Storage;
using RectifyBot.Storage.Delivery;
using RectifyBot.Storage.Queues;
using RectifyBot.Testing.Connector;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Functions.Tests.Delivery;

/// <summary>
/// The whole proactive path with production registrations only: an outbox row and its queue message written by
/// the producer, the development runner's queue trigger, the real delivery component, a Bot Connector over HTTP.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class OutboxToTeamsTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task An_outbox_message_enqueued_by_a_use_case_reaches_the_persons_Teams_chat_once_and_is_marked_sent()
    {
        await using var connector = await FakeBotConnector.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["AzureWebJobsStorage"] = azurite.ConnectionString,
            ["Storage:TablePrefix"] = AzuriteFixture.UniquePrefix(),
            ["Storage:QueuePrefix"] = AzuriteFixture.UniquePrefix(),
            ["AzureFunctionsJobHost:extensions:queues:maxPollingInterval"] = "00:00:00.200",
        };
        await using var runner = await Runner.StartAsync(nameof(RectifyBot.Functions.Delivery.SendOutboxMessage), settings);
        await using var producer = new ServiceCollection()
            .AddRectifyBotStorage(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddRectifyBotQueues(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();
        var aad = Guid.NewGuid().ToString();
        await OpenedBot.SaveAddressAsync(producer.GetRequiredService<IConversationAddressBook>(), aad, connector.ServiceUrl);
        var id = new OutboxMessageId(TableOutbox.DefaultTable, "welcome", aad);
        var outbox = producer.GetRequiredService<IOutbox>();
        await outbox.AddAsync(new OutboxMessage
        {
            Id = id,
            RecipientAadObjectId = aad,
            Message = OutgoingMessage.PlainText("您的整改措施已通过审核"),
            Cause = "test",
            CreatedAt = DateTimeOffset.UtcNow,
        });

        // At least once: the same id enqueued twice (a retried use case) still sends once.
        await producer.GetRequiredService<IDeliveryQueue>().EnqueueAsync(id);
        await producer.GetRequiredService<IDeliveryQueue>().EnqueueAsync(id);

        await Eventually.HoldsAsync(async () => (await outbox.FindAsync(id))?.Status == OutboxStatus.Sent, Patience, "the outbox row is marked sent");
        await Eventually.HoldsAsync(async () => (await QueueEmptyAsync(settings)), Patience, "both queue messages are consumed");
        var posted = Assert.Single(connector.Requests);
        Assert.Equal("a:" + aad, posted.ConversationId);
        Assert.Equal("您的整改措施已通过审核", (string?)posted.Json!["text"]);
    }

    private async Task<bool> QueueEmptyAsync(Dictionary<string, string?> settings)
    {
        var queue = new Azure.Storage.Queues.QueueClient(azurite.ConnectionString, QueueNames.Qualify(settings["Storage:QueuePrefix"], QueueNames.OutboxSend));
        var properties = await queue.GetPropertiesAsync();
        return properties.Value.ApproximateMessagesCount == 0;
    }
}
