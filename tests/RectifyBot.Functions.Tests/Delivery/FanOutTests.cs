using System.Globalization;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RectifyBot.Core.Conversations;
using RectifyBot.Core.Delivery;
using RectifyBot.Functions.Delivery;
using RectifyBot.Functions.Tests.Support;
using RectifyBot.Storage;
using RectifyBot.Storage.Delivery;
using RectifyBot.Storage.Queues;
using RectifyBot.Teams.Conversations;
using RectifyBot.Testing.Connector;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Functions.Tests.Delivery;

/// <summary>
/// Fan-out through the real path: outbox rows and queue messages written by the producer, the queue-triggered
/// SendOutboxMessage in the development runner, the shared send budget on Azurite, and a Bot Connector over HTTP
/// that enforces Teams' limits (7/s, 8/2 s, 60/30 s per conversation, a cap for the whole app) with 429 and Retry-After.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class FanOutTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task Three_hundred_messages_to_many_conversations_all_arrive_once_within_Teams_limits_and_only_ambiguous_sends_are_not_resent()
    {
        await using var connector = await FakeBotConnector.StartAsync();
        connector.LimitEveryConversation();
        connector.LimitAppRate(40);
        // The first two requests are received and then the connection resets: the sender cannot know whether they arrived.
        connector.ScriptNext(ConnectorReply.AcceptThenReset, ConnectorReply.AcceptThenReset);
        // The budget above the app's cap, so the connector's 429s (and their Retry-After) are met too.
        await using var fanOut = await FanOut.StartAsync(azurite, connector, budgetPerSecond: 60, nameof(SendOutboxMessage), maxAttempts: 20);
        var recipients = Enumerable.Range(0, 141).Select(_ => Guid.NewGuid().ToString()).ToList();
        foreach (var aad in recipients)
        {
            await fanOut.KnowAsync(aad);
        }

        // 280 messages two by two to 140 people, and 20 to one person (past 8 per 2 s in one conversation).
        var ids = new List<OutboxMessageId>();
        for (var i = 0; i < 300; i++)
        {
            var recipient = i < 280 ? recipients[i / 2] : recipients[140];
            ids.Add(await fanOut.SendAsync(recipient, "reminder-" + i.ToString("D3", CultureInfo.InvariantCulture)));
        }

        await Eventually.HoldsAsync(async () => (await fanOut.StatusesAsync(ids)).All(s => s is OutboxStatus.Sent or OutboxStatus.Ambiguous), Patience, "every outbox row is settled");
        var rows = await fanOut.RowsAsync(ids);
        var requests = connector.Requests;
        var accepted = requests.Where(r => r.Reply is ConnectorReply.Accepted).GroupBy(r => Text(r)).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(298, rows.Count(r => r.Status == OutboxStatus.Sent));
        Assert.Equal(2, rows.Count(r => r.Status == OutboxStatus.Ambiguous));
        Assert.All(rows.Where(r => r.Status == OutboxStatus.Sent), r => Assert.Equal(1, accepted.GetValueOrDefault(r.Message.Text!)));
        // Ambiguous sends are recorded and never resent blindly.
        Assert.All(rows.Where(r => r.Status == OutboxStatus.Ambiguous), r => Assert.Equal(0, accepted.GetValueOrDefault(r.Message.Text!)));
        var throttled = requests.Where(r => r.Reply is ConnectorReply.Refused { StatusCode: 429 }).ToList();
        Assert.NotEmpty(throttled);
        // Retry-After honoured: the next attempt of a throttled message comes no sooner than the connector asked.
        foreach (var refusal in throttled)
        {
            var wait = TimeSpan.FromSeconds(int.Parse(((ConnectorReply.Refused)refusal.Reply).RetryAfter!, CultureInfo.InvariantCulture));
            var next = requests.Where(r => Text(r) == Text(refusal) && r.ReceivedAt > refusal.ReceivedAt).MinBy(r => r.ReceivedAt);
            Assert.NotNull(next);
            Assert.True(next.ReceivedAt - refusal.ReceivedAt >= wait, $"retried after {next.ReceivedAt - refusal.ReceivedAt}, asked to wait {wait}");
        }
    }

    [Fact]
    public async Task A_message_the_queue_gives_up_on_is_recorded_on_its_outbox_row_as_undeliverable_with_the_reason()
    {
        await using var connector = await FakeBotConnector.StartAsync();
        await using var fanOut = await FanOut.StartAsync(azurite, connector, budgetPerSecond: 40, nameof(SendOutboxMessage) + "," + nameof(RecordPoisonedOutboxMessage), maxAttempts: 1);
        var aad = Guid.NewGuid().ToString();
        await fanOut.KnowAsync(aad);
        connector.Script("a:" + aad, [.. Enumerable.Repeat(ConnectorReply.Status(503), 10)]);

        var id = await fanOut.SendAsync(aad, "逾期提醒");

        await Eventually.HoldsAsync(async () => (await fanOut.StatusesAsync([id])).Single() == OutboxStatus.Undeliverable, Patience, "the given-up row is recorded");
        var row = (await fanOut.RowsAsync([id])).Single();
        Assert.StartsWith(OutboxGiveUp.ReasonPrefix, row.LastError, StringComparison.Ordinal);
        Assert.Contains("503", row.LastError, StringComparison.Ordinal);
        Assert.Equal(2, row.Attempts);
        Assert.Equal(2, connector.RequestsTo("a:" + aad).Count);
    }

    [Fact]
    public async Task Refusals_403_and_404_make_the_recipients_unreachable_with_status_reason_and_time_and_are_not_retried()
    {
        await using var connector = await FakeBotConnector.StartAsync();
        await using var fanOut = await FanOut.StartAsync(azurite, connector, budgetPerSecond: 40, nameof(SendOutboxMessage), maxAttempts: 1);
        var (blocked, unknown, fine) = (Guid.NewGuid().ToString(), Guid.NewGuid().ToString(), Guid.NewGuid().ToString());
        foreach (var aad in new[] { blocked, unknown, fine })
        {
            await fanOut.KnowAsync(aad);
        }

        connector.Script("a:" + blocked, ConnectorReply.Status(403));
        connector.Script("a:" + unknown, ConnectorReply.Status(404));

        var ids = new[] { await fanOut.SendAsync(blocked, "提醒一"), await fanOut.SendAsync(unknown, "提醒二"), await fanOut.SendAsync(fine, "提醒三") };

        await Eventually.HoldsAsync(async () => (await fanOut.StatusesAsync(ids)).All(s => s is OutboxStatus.Sent or OutboxStatus.Undeliverable), Patience, "the rows are settled");
        Assert.Equal(new List<OutboxStatus> { OutboxStatus.Undeliverable, OutboxStatus.Undeliverable, OutboxStatus.Sent }, await fanOut.StatusesAsync(ids));
        var unreachable = (await fanOut.Services.GetRequiredService<IUnreachableRecipients>().ListAsync()).ToDictionary(r => r.AadObjectId);
        Assert.Equal(new[] { blocked, unknown }.Order(StringComparer.Ordinal), unreachable.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(403, unreachable[blocked].StatusCode);
        Assert.Equal(404, unreachable[unknown].StatusCode);
        Assert.Equal(ids[0].ToString(), unreachable[blocked].OutboxMessageId);
        Assert.InRange(unreachable[blocked].At, DateTimeOffset.UtcNow.AddMinutes(-2), DateTimeOffset.UtcNow);
        Assert.Single(connector.RequestsTo("a:" + blocked));
    }

    private static string Text(ConnectorRequest request) => (string?)request.Json?["text"] ?? "";

    /// <summary>A runner hosting the delivery functions, a producer with the production registrations, and helpers.</summary>
    private sealed class FanOut : IAsyncDisposable
    {
        private readonly Runner _runner;
        private readonly FakeBotConnector _connector;

        private FanOut(Runner runner, ServiceProvider services, FakeBotConnector connector)
        {
            _runner = runner;
            Services = services;
            _connector = connector;
        }

        public ServiceProvider Services { get; }

        public static async Task<FanOut> StartAsync(AzuriteFixture azurite, FakeBotConnector connector, int budgetPerSecond, string functions, int maxAttempts)
        {
            var settings = new Dictionary<string, string?>
            {
                ["Storage:ConnectionString"] = azurite.ConnectionString,
                ["AzureWebJobsStorage"] = azurite.ConnectionString,
                ["Storage:TablePrefix"] = AzuriteFixture.UniquePrefix(),
                ["Storage:QueuePrefix"] = AzuriteFixture.UniquePrefix(),
                ["Delivery:Budget:PerSecond"] = budgetPerSecond.ToString(CultureInfo.InvariantCulture),
                ["Delivery:Budget:ChunkSize"] = "5",
                // Enough attempts for the fan-out to honour every Retry-After in place; one, where the queue is to give up.
                ["Delivery:MaxAttempts"] = maxAttempts.ToString(CultureInfo.InvariantCulture),
                ["Delivery:BaseDelay"] = "00:00:00.050",
                ["AzureFunctionsJobHost:extensions:queues:maxPollingInterval"] = "00:00:00.200",
                ["AzureFunctionsJobHost:extensions:queues:batchSize"] = "32",
                ["AzureFunctionsJobHost:extensions:queues:maxDequeueCount"] = "2",
                ["AzureFunctionsJobHost:extensions:queues:visibilityTimeout"] = "00:00:00",
            };
            var runner = await Runner.StartAsync(functions, settings);
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
            var services = new ServiceCollection().AddRectifyBotStorage(configuration).AddRectifyBotQueues(configuration).BuildServiceProvider();
            return new FanOut(runner, services, connector);
        }

        /// <summary>The person has talked to the bot: their address is known.</summary>
        public Task KnowAsync(string aad) =>
            Services.GetRequiredService<IConversationAddressBook>().SaveAsync(ConversationAddresses.FromActivity(new Activity
            {
                Type = ActivityTypes.Message,
                ChannelId = "msteams",
                ServiceUrl = _connector.ServiceUrl,
                From = new ChannelAccount("29:" + aad, "成员", aadObjectId: aad),
                Recipient = new ChannelAccount("28:bot", "RectifyBot"),
                Conversation = new ConversationAccount(id: "a:" + aad, tenantId: "tenant-1"),
            }, DateTimeOffset.UtcNow)!);

        /// <summary>As a sweep does: the outbox row first, then its queue message.</summary>
        public async Task<OutboxMessageId> SendAsync(string aad, string text)
        {
            var id = new OutboxMessageId(TableOutbox.DefaultTable, "fan-out", text + "-" + aad);
            await Services.GetRequiredService<IOutbox>().AddAsync(new OutboxMessage
            {
                Id = id,
                RecipientAadObjectId = aad,
                Message = OutgoingMessage.PlainText(text),
                Cause = "fan-out test",
                CreatedAt = DateTimeOffset.UtcNow,
            });
            await Services.GetRequiredService<IDeliveryQueue>().EnqueueAsync(id);
            return id;
        }

        public async Task<List<OutboxMessage>> RowsAsync(IEnumerable<OutboxMessageId> ids)
        {
            var outbox = Services.GetRequiredService<IOutbox>();
            var rows = new List<OutboxMessage>();
            foreach (var id in ids)
            {
                rows.Add((await outbox.FindAsync(id))!);
            }

            return rows;
        }

        public async Task<List<OutboxStatus>> StatusesAsync(IEnumerable<OutboxMessageId> ids) => [.. (await RowsAsync(ids)).Select(r => r.Status)];

        public async ValueTask DisposeAsync()
        {
            await _runner.DisposeAsync();
            await Services.DisposeAsync();
        }
    }
}
