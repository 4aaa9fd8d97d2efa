using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RectifyBot.Core.Conversations;
using RectifyBot.Core.Delivery;
using RectifyBot.Core.Diagnostics;
using RectifyBot.Storage;
using RectifyBot.Storage.Delivery;
using RectifyBot.Teams.Conversations;
using RectifyBot.Teams.Delivery;
using RectifyBot.Testing.Connector;
using RectifyBot.Testing.Logging;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Teams.Tests.Delivery;

/// <summary>
/// Proactive delivery end to end: OutboxDelivery, BotConnectorSender and an anonymous CloudAdapter built from DI,
/// the outbox and address book on Azurite, and the Bot Connector played by a real HTTP server.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ProactiveDeliveryTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Card = "{\"type\":\"AdaptiveCard\",\"version\":\"1.5\",\"body\":[{\"type\":\"TextBlock\",\"text\":\"您有一项整改事项将于三日后到期\"}]}";

    private FakeBotConnector _connector = null!;
    private ServiceProvider _services = null!;

    private OutboxDelivery Delivery => _services.GetRequiredService<OutboxDelivery>();

    private IOutbox Outbox => _services.GetRequiredService<IOutbox>();

    // Owned (and disposed) by the service provider's logger factory.
    private CapturingLoggerProvider Logs => _services.GetServices<ILoggerProvider>().OfType<CapturingLoggerProvider>().Single();

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:TablePrefix"] = AzuriteFixture.UniquePrefix(),
            ["Delivery:MaxAttempts"] = "5",
            ["Delivery:BaseDelay"] = "00:00:00.050",
            ["Delivery:MaxRetryAfter"] = "00:00:05",
            ["Delivery:AttemptTimeout"] = "00:00:02",
        }).Build();
        _services = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(new CapturingLoggerProvider()))
            .AddSingleton<IConfiguration>(configuration)
            // As a host does it; with no MicrosoftAppId the adapter runs anonymously.
            .AddSingleton<BotFrameworkAuthentication>(new ConfigurationBotFrameworkAuthentication(configuration))
            .AddSingleton(sp => new CloudAdapter(sp.GetRequiredService<BotFrameworkAuthentication>(), sp.GetRequiredService<ILogger<CloudAdapter>>()))
            .AddRectifyBotStorage(configuration)
            .AddRectifyBotDelivery(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _connector.DisposeAsync();
    }

    /// <summary>A person who has talked to the bot: their address is saved from their incoming activity.</summary>
    private async Task<ConversationAddress> PersonAsync()
    {
        var aad = Guid.NewGuid().ToString();
        var incoming = new Activity
        {
            Type = ActivityTypes.Message,
            Id = "incoming-" + aad,
            ChannelId = "msteams",
            ServiceUrl = _connector.ServiceUrl,
            Locale = "zh-CN",
            From = new ChannelAccount("29:" + aad, "李四", aadObjectId: aad),
            Recipient = new ChannelAccount("28:bot", "整改助手"),
            Conversation = new ConversationAccount(id: "a:" + aad, tenantId: "tenant-1"),
        };
        var address = ConversationAddresses.FromActivity(incoming, DateTimeOffset.UtcNow)!;
        await _services.GetRequiredService<IConversationAddressBook>().SaveAsync(address);
        return address;
    }

    private async Task<OutboxMessageId> EnqueueAsync(string recipientAadObjectId, OutboxStatus status = OutboxStatus.Pending)
    {
        var id = new OutboxMessageId(TableOutbox.DefaultTable, "campaign-2025", "reminder:" + Guid.NewGuid().ToString("N"));
        Assert.True(await Outbox.AddAsync(new OutboxMessage
        {
            Id = id,
            RecipientAadObjectId = recipientAadObjectId,
            Message = new OutgoingMessage("整改提醒", Card),
            Cause = "reminder",
            Status = status,
            CreatedAt = DateTimeOffset.UtcNow,
        }));
        return id;
    }

    private async Task<OutboxMessage> StoredAsync(OutboxMessageId id) => (await Outbox.FindAsync(id))!;

    [Fact]
    public async Task A_message_is_posted_once_into_the_conversation_and_recorded_as_sent_with_its_activity_id()
    {
        var person = await PersonAsync();
        var id = await EnqueueAsync(person.AadObjectId);

        Assert.Equal(OutboxStatus.Sent, await Delivery.DeliverAsync(id));

        var request = Assert.Single(_connector.Requests);
        Assert.True(request.IsPlainSend, "a plain send, not a reply to the continuation activity: " + request.Path);
        Assert.Equal(person.ConversationId, request.ConversationId);
        var activity = request.Json!;
        Assert.Null(activity["replyToId"]);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)activity["attachments"]![0]!["contentType"]);
        Assert.Equal("您有一项整改事项将于三日后到期", (string?)activity["attachments"]![0]!["content"]!["body"]![0]!["text"]);
        var stored = await StoredAsync(id);
        Assert.Equal(OutboxStatus.Sent, stored.Status);
        Assert.NotNull(request.AnsweredActivityId);
        Assert.Equal(request.AnsweredActivityId, stored.SentActivityId);
        Assert.Equal(person.ConversationId, stored.ConversationId);
        Assert.Equal(1, stored.Attempts);
    }

    [Fact]
    public async Task The_send_logs_under_the_correlation_id_of_the_operation_that_wrote_the_message()
    {
        var person = await PersonAsync();
        OutboxMessageId id;
        string turnId;
        using (var turn = Correlation.Start("Turn"))
        {
            turnId = turn.TraceId.ToHexString();
            id = await EnqueueAsync(person.AadObjectId);
        }

        Assert.Equal(turnId, (await StoredAsync(id)).CorrelationId);
        Assert.Null(Correlation.CurrentId);
        Assert.Equal(OutboxStatus.Sent, await Delivery.DeliverAsync(id));

        var settled = Assert.Single(Logs.Entries, e => e.Category == typeof(OutboxDelivery).FullName && e.Message.Contains(id.ToString(), StringComparison.Ordinal));
        Assert.Equal(turnId, settled.TraceId);
    }

    [Fact]
    public async Task A_429_is_retried_after_its_retry_after_and_then_sent()
    {
        var person = await PersonAsync();
        _connector.Script(person.ConversationId, ConnectorReply.Throttle(1));
        var id = await EnqueueAsync(person.AadObjectId);

        Assert.Equal(OutboxStatus.Sent, await Delivery.DeliverAsync(id));

        var requests = _connector.Requests;
        Assert.Equal(2, requests.Count);
        Assert.True(requests[1].ReceivedAt - requests[0].ReceivedAt >= TimeSpan.FromSeconds(1), $"second POST came {(requests[1].ReceivedAt - requests[0].ReceivedAt).TotalMilliseconds} ms after the first");
    }

    [Fact]
    public async Task A_403_makes_the_message_undeliverable_after_exactly_one_post()
    {
        var person = await PersonAsync();
        _connector.Script(person.ConversationId, ConnectorReply.Status(403));
        var id = await EnqueueAsync(person.AadObjectId);

        Assert.Equal(OutboxStatus.Undeliverable, await Delivery.DeliverAsync(id));

        Assert.Single(_connector.Requests);
        Assert.Contains("403", (await StoredAsync(id)).LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delivering_again_after_a_success_sends_nothing()
    {
        var person = await PersonAsync();
        var id = await EnqueueAsync(person.AadObjectId);
        await Delivery.DeliverAsync(id);

        Assert.Equal(OutboxStatus.Sent, await Delivery.DeliverAsync(id));

        Assert.Single(_connector.Requests);
    }

    [Fact]
    public async Task A_connection_reset_after_the_post_was_received_is_ambiguous_and_never_resent()
    {
        var person = await PersonAsync();
        _connector.Script(person.ConversationId, ConnectorReply.AcceptThenReset);
        var id = await EnqueueAsync(person.AadObjectId);

        Assert.Equal(OutboxStatus.Ambiguous, await Delivery.DeliverAsync(id));
        Assert.Equal(OutboxStatus.Ambiguous, await Delivery.DeliverAsync(id));

        Assert.Single(_connector.Requests);
        Assert.Equal(OutboxStatus.Ambiguous, (await StoredAsync(id)).Status);
    }

    [Fact]
    public async Task No_answer_within_the_attempt_timeout_is_ambiguous_and_not_retried()
    {
        var person = await PersonAsync();
        _connector.Script(person.ConversationId, ConnectorReply.NoAnswer);
        var id = await EnqueueAsync(person.AadObjectId);

        Assert.Equal(OutboxStatus.Ambiguous, await Delivery.DeliverAsync(id));

        Assert.Single(_connector.Requests);
    }

    [Fact]
    public async Task Two_503s_then_success_ends_as_sent_after_three_posts()
    {
        var person = await PersonAsync();
        _connector.Script(person.ConversationId, ConnectorReply.Status(503), ConnectorReply.Status(503));
        var id = await EnqueueAsync(person.AadObjectId);

        Assert.Equal(OutboxStatus.Sent, await Delivery.DeliverAsync(id));

        Assert.Equal(3, _connector.Requests.Count);
    }

    [Fact]
    public async Task A_retry_after_beyond_the_cap_leaves_the_message_failed_for_a_later_retry()
    {
        var person = await PersonAsync();
        _connector.Script(person.ConversationId, ConnectorReply.Throttle(3600));
        var id = await EnqueueAsync(person.AadObjectId);

        Assert.Equal(OutboxStatus.Failed, await Delivery.DeliverAsync(id));
        Assert.Equal(OutboxStatus.Sent, await Delivery.DeliverAsync(id));

        Assert.Equal(2, _connector.Requests.Count);
        Assert.Equal(2, (await StoredAsync(id)).Attempts);
    }

    [Fact]
    public async Task A_claim_left_by_a_sender_that_died_is_recorded_as_ambiguous_without_sending()
    {
        var person = await PersonAsync();
        var id = await EnqueueAsync(person.AadObjectId, OutboxStatus.Sending);

        Assert.Equal(OutboxStatus.Ambiguous, await Delivery.DeliverAsync(id));

        Assert.Empty(_connector.Requests);
        Assert.Equal(OutboxStatus.Ambiguous, (await StoredAsync(id)).Status);
    }

    [Fact]
    public async Task A_second_queue_message_during_a_live_claim_leaves_the_send_to_its_owner()
    {
        var person = await PersonAsync();
        var id = await EnqueueAsync(person.AadObjectId);
        var claimed = await Outbox.TryUpdateAsync((await StoredAsync(id)) with { Status = OutboxStatus.Sending, Attempts = 1, LastAttemptAt = DateTimeOffset.UtcNow });

        Assert.Equal(OutboxStatus.Sending, await Delivery.DeliverAsync(id));

        Assert.Empty(_connector.Requests);
        var stored = await StoredAsync(id);
        Assert.Equal(OutboxStatus.Sending, stored.Status);
        Assert.Equal(claimed!.ETag, stored.ETag);
    }

    [Fact]
    public async Task A_recipient_without_a_conversation_address_is_undeliverable_without_sending()
    {
        var id = await EnqueueAsync(Guid.NewGuid().ToString());

        Assert.Equal(OutboxStatus.Undeliverable, await Delivery.DeliverAsync(id));

        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task A_connector_that_refuses_connections_is_retried_and_ends_as_failed_without_ambiguity()
    {
        var person = await PersonAsync();
        var closedPort = Testing.FreePort.Next();
        await _services.GetRequiredService<IConversationAddressBook>().SaveAsync(person with
        {
            ServiceUrl = $"http://127.0.0.1:{closedPort}/",
            ReferenceJson = person.ReferenceJson.Replace(_connector.ServiceUrl, $"http://127.0.0.1:{closedPort}/", StringComparison.Ordinal),
        });
        var id = await EnqueueAsync(person.AadObjectId);

        Assert.Equal(OutboxStatus.Failed, await Delivery.DeliverAsync(id));

        Assert.Contains("ConnectionError", (await StoredAsync(id)).LastError, StringComparison.Ordinal);
    }
}
