using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RectifyBot.Core.Delivery;
using RectifyBot.Functions.Tests.Support;
using RectifyBot.Functions.Tests.TestFunctions;
using RectifyBot.Storage.Queues;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Functions.Tests.DevRunner;

[Collection(AzuriteCollection.Name)]
public sealed class QueueTriggerTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly string _prefix = AzuriteFixture.UniquePrefix();

    private Dictionary<string, string?> Settings(int? maxDequeueCount = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["AzureWebJobsStorage"] = azurite.ConnectionString,
            ["Storage:QueuePrefix"] = _prefix,
            ["AzureFunctionsJobHost:extensions:queues:visibilityTimeout"] = "00:00:00",
            ["AzureFunctionsJobHost:extensions:queues:maxPollingInterval"] = "00:00:00.200",
        };
        if (maxDequeueCount is { } count)
        {
            settings["AzureFunctionsJobHost:extensions:queues:maxDequeueCount"] = count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return settings;
    }

    private QueueClient RawQueue(string name) => new(azurite.ConnectionString, QueueNames.Qualify(_prefix, name), new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None });

    [Fact]
    public async Task An_id_enqueued_by_the_production_producer_reaches_SendOutboxMessage_unchanged()
    {
        var delivery = new RecordingOutboxDelivery();
        await using var runner = await Runner.StartAsync(nameof(RectifyBot.Functions.Delivery.SendOutboxMessage), Settings(), s => s.AddSingleton<IOutboxDelivery>(delivery));
        var producerServices = new ServiceCollection().AddRectifyBotQueues(new ConfigurationBuilder().AddInMemoryCollection(Settings()).Build()).BuildServiceProvider();
        var id = new OutboxMessageId("reviews", "2025-campaign", "decision-42:notify-author");

        await producerServices.GetRequiredService<IDeliveryQueue>().EnqueueAsync(id);

        var delivered = await delivery.Delivered.ReadAsync().AsTask().WaitAsync(Patience);
        Assert.Equal(id, delivered);
        await Eventually.HoldsAsync(async () => (await RawQueue(QueueNames.OutboxSend).PeekMessagesAsync()).Value.Length == 0, Patience, "the delivered message is deleted");
    }

    [Fact]
    public async Task A_plain_text_message_on_a_base64_queue_is_never_delivered_and_lands_in_the_poison_queue_unchanged()
    {
        var delivery = new RecordingOutboxDelivery();
        await using var runner = await Runner.StartAsync(nameof(RectifyBot.Functions.Delivery.SendOutboxMessage), Settings(), s => s.AddSingleton<IOutboxDelivery>(delivery));
        var plain = RawQueue(QueueNames.OutboxSend);
        await plain.CreateIfNotExistsAsync();
        const string json = """{"Table":"reviews","PartitionKey":"p","RowKey":"r"}""";

        await plain.SendMessageAsync(json);

        var poison = RawQueue(QueueNames.PoisonOf(QueueNames.OutboxSend));
        await Eventually.HoldsAsync(
            async () => await poison.ExistsAsync() && (await poison.PeekMessagesAsync()).Value is [var parked] && parked.MessageText == json,
            Patience,
            "the wrongly encoded message is in outbox-send-poison");
        Assert.False(delivery.Delivered.TryRead(out _));
        Assert.Empty((await plain.PeekMessagesAsync()).Value);
    }

    [Fact]
    public async Task A_message_whose_function_keeps_failing_moves_to_the_poison_queue_after_maxDequeueCount_attempts()
    {
        var recorder = new InvocationRecorder();
        await using var runner = await Runner.StartAsync(
            AlwaysFailingQueueFunction.Name,
            Settings(maxDequeueCount: 3),
            s => s.AddSingleton(recorder),
            typeof(AlwaysFailingQueueFunction).Assembly);
        var producer = new QueueClient(azurite.ConnectionString, QueueNames.Qualify(_prefix, AlwaysFailingQueueFunction.Queue), DeliveryQueueClient.ClientOptions());
        await producer.CreateIfNotExistsAsync();

        await producer.SendMessageAsync("整改台账 overdue");

        var poison = RawQueue(QueueNames.PoisonOf(AlwaysFailingQueueFunction.Queue));
        await Eventually.HoldsAsync(async () => await poison.ExistsAsync() && (await poison.PeekMessagesAsync()).Value.Length == 1, Patience, "the failing message is in the poison queue");
        Assert.Equal([1L, 2L, 3L], recorder.DequeueCounts.ToArray());
        Assert.Empty((await producer.PeekMessagesAsync()).Value);
        var parked = (await new QueueClient(azurite.ConnectionString, poison.Name, DeliveryQueueClient.ClientOptions()).PeekMessagesAsync()).Value.Single();
        Assert.Equal("整改台账 overdue", parked.MessageText);
    }

    [Fact]
    public async Task A_message_still_running_does_not_hold_up_the_next_batch_once_in_flight_falls_to_newBatchThreshold()
    {
        var slow = new OutboxMessageId("reminders", "run-1", "waits-for-retry-after");
        var delivery = new HoldingOutboxDelivery(slow);
        var settings = Settings();
        settings["AzureFunctionsJobHost:extensions:queues:batchSize"] = "2";
        settings["AzureFunctionsJobHost:extensions:queues:newBatchThreshold"] = "1";
        var producerServices = new ServiceCollection().AddRectifyBotQueues(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()).BuildServiceProvider();
        var queue = producerServices.GetRequiredService<IDeliveryQueue>();
        var others = Enumerable.Range(1, 6).Select(i => new OutboxMessageId("reminders", "run-1", "person-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        await queue.EnqueueAsync(slow);
        foreach (var id in others)
        {
            await queue.EnqueueAsync(id);
        }

        await using var runner = await Runner.StartAsync(nameof(RectifyBot.Functions.Delivery.SendOutboxMessage), settings, s => s.AddSingleton<IOutboxDelivery>(delivery));

        await Eventually.HoldsAsync(() => Task.FromResult(others.All(delivery.Finished.ContainsKey)), Patience, "every other message is delivered while the slow one still runs");
        Assert.False(delivery.Finished.ContainsKey(slow));
        delivery.Release();
        await Eventually.HoldsAsync(() => Task.FromResult(delivery.Finished.ContainsKey(slow)), Patience, "the slow message finishes once released");
    }

    /// <summary>Delivers at once, except one id that waits until <see cref="Release"/> (as a send waiting out a long Retry-After).</summary>
    private sealed class HoldingOutboxDelivery(OutboxMessageId held) : IOutboxDelivery
    {
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public System.Collections.Concurrent.ConcurrentDictionary<OutboxMessageId, bool> Finished { get; } = new();

        public void Release() => _released.TrySetResult();

        public async Task<OutboxStatus?> DeliverAsync(OutboxMessageId id, CancellationToken cancellationToken = default)
        {
            if (id == held)
            {
                await _released.Task.WaitAsync(cancellationToken);
            }

            Finished[id] = true;
            return OutboxStatus.Sent;
        }
    }
}
