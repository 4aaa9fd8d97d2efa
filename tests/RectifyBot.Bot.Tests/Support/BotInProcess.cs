using System.Collections.Concurrent;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RectifyBot.Bot.Conversations;
using RectifyBot.Bot.Hosting;
using RectifyBot.Bot.Identity;
using RectifyBot.Core.Conversations;
using RectifyBot.Core.Delivery;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Roster.Demo;
using RectifyBot.Teams.Delivery;
using RectifyBot.Testing.Activities;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Bot.Tests.Support;

/// <summary>
/// The bot as the host builds it (AddRectifyBotHost: the activity handler, its commands, the middleware, the Table Storage
/// adapters on Azurite) driven by Bot Builder's TestAdapter instead of HTTP: one adapter per person, each their personal
/// chat. What the functions app would send from the outbox is delivered by the production OutboxDelivery and
/// BotConnectorSender into the recipient's adapter, so a proactive card arrives in that person's TestFlow.
/// </summary>
public sealed class BotInProcess : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly EnqueuedNotices _enqueued = new();
    private readonly ConcurrentDictionary<string, TestAdapter> _chats = new(StringComparer.Ordinal);

    private BotInProcess(AzuriteFixture azurite, TimeProvider time)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:TablePrefix"] = AzuriteFixture.UniquePrefix(),
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddRectifyBotHost(configuration);

        // Registered last, so they win: the test's clock, the functions' queue and Teams played by the adapters.
        services.AddSingleton(time);
        services.AddSingleton<IDeliveryQueue>(_enqueued);
        services.AddSingleton<IMessageSender>(new ChatSender(_chats));
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    /// <summary>The bot's turn logic, resolved as the host resolves it for /api/messages.</summary>
    public IBot Bot => _services.GetRequiredService<IBot>();

    public IRosterRepository Roster => _services.GetRequiredService<IRosterRepository>();

    public static async Task<BotInProcess> StartAsync(AzuriteFixture azurite, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(azurite);
        var bot = new BotInProcess(azurite, time);
        await DemoRosterSeeder.SeedIfEmptyAsync(bot.Roster, time);
        return bot;
    }

    /// <summary>
    /// The personal chat of the roster person <paramref name="number"/>, whose Teams client speaks <paramref name="locale"/>:
    /// a TestAdapter with the host's middleware (address recording, roster binding). The person is bound to a fresh
    /// Azure AD id beforehand, as the first contact would have done (TestAdapter has no member lookup).
    /// </summary>
    public async Task<TestAdapter> ChatAsync(string number, string locale)
    {
        var aad = Guid.NewGuid().ToString();
        await Roster.BindAsync(number, aad);
        var conversation = new ConversationReference
        {
            ChannelId = "msteams",
            ServiceUrl = "https://smba.test.example/",
            User = new ChannelAccount("29:" + aad, number, aadObjectId: aad),
            Bot = new ChannelAccount(TeamsActivities.BotId, "RectifyBot"),
            Conversation = new ConversationAccount(conversationType: "personal", id: "a:" + aad, tenantId: TeamsActivities.TenantId),
            Locale = locale,
        };
        var chat = new TestAdapter(conversation) { Locale = locale };
        chat.Use(_services.GetRequiredService<ConversationAddressRecorder>());
        chat.Use(_services.GetRequiredService<RosterBindingMiddleware>());
        _chats[conversation.Conversation.Id] = chat;
        return chat;
    }

    /// <summary>Delivers every notice enqueued since the last call, in order (the functions app's sending queue).</summary>
    public async Task DeliverNoticesAsync()
    {
        var delivery = _services.GetRequiredService<OutboxDelivery>();
        while (_enqueued.Ids.TryDequeue(out var id))
        {
            Assert.Equal(OutboxStatus.Sent, await delivery.DeliverAsync(id));
        }
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    /// <summary>What the bot asked the functions app to send.</summary>
    private sealed class EnqueuedNotices : IDeliveryQueue
    {
        public ConcurrentQueue<OutboxMessageId> Ids { get; } = new();

        public Task EnqueueAsync(OutboxMessageId id, CancellationToken cancellationToken = default)
        {
            Ids.Enqueue(id);
            return Task.CompletedTask;
        }
    }

    /// <summary>The production sender, into the adapter of the conversation the recipient's stored address names.</summary>
    private sealed class ChatSender(ConcurrentDictionary<string, TestAdapter> chats) : IMessageSender
    {
        private static readonly IOptions<DeliveryOptions> OneAttempt = Options.Create(new DeliveryOptions { MaxAttempts = 1 });

        public Task<SendOutcome> SendAsync(ConversationAddress address, OutgoingMessage message, string? replacesActivityId = null, CancellationToken cancellationToken = default) =>
            new BotConnectorSender(chats[address.ConversationId], null, OneAttempt, TimeProvider.System, NullLogger<BotConnectorSender>.Instance)
                .SendAsync(address, message, replacesActivityId, cancellationToken);
    }
}
