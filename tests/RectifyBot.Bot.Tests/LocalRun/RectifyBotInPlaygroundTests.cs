using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Replies;
using RectifyBot.Core.Localization;
using RectifyBot.Bot.Tests.Support;
using RectifyBot.Testing.Playground;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Bot.Tests.LocalRun;

/// <summary>
/// The local-run path as `./rectify up` wires it: the built bot as a process, the Playground pointed at it,
/// and a person chatting through the Playground. The Playground always says locale en-US, so the bot answers in English.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class RectifyBotInPlaygroundTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string ZhangWeiAadObjectId = "7d1f0c3a-5b2e-4c8d-9a61-000000000101";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private RunningBot _bot = null!;
    private PlaygroundProcess _playground = null!;

    public async Task InitializeAsync()
    {
        _bot = await RunningBot.StartAsync(azurite);
        _playground = await PlaygroundProcess.StartAsync(_bot.MessagesEndpoint);
    }

    public async Task DisposeAsync()
    {
        await _playground.DisposeAsync();
        await _bot.DisposeAsync();
    }

    [Fact]
    public async Task Opening_the_chat_and_asking_for_help_shows_the_welcome_card_and_stores_the_address()
    {
        await using var client = await PlaygroundClient.ConnectAsync(_playground.BaseAddress);
        var welcomeTitle = CardText.Get(UserLanguage.En, "Welcome_Title");

        await client.OpenPersonalChatAsync();
        await client.WaitForBotReplyAsync(m => m.HasAdaptiveCard && m.Raw.GetRawText().Contains(welcomeTitle, StringComparison.Ordinal), Timeout);

        await client.SendMessageAsync("帮助");
        var cards = await WaitForCountAsync(client, m => m.HasAdaptiveCard && m.Raw.GetRawText().Contains(welcomeTitle, StringComparison.Ordinal), 2);
        Assert.All(cards, m => Assert.Equal(client.Tenant.PersonalChatId, m.ConversationId));

        await client.SendMessageAsync("今天吃什么");
        await client.WaitForBotReplyAsync(m => m.Text == BotReplies.NotUnderstood(UserLanguage.En), Timeout);

        var stored = await _bot.AddressBook.FindAsync(ZhangWeiAadObjectId);
        Assert.NotNull(stored);
        Assert.Equal(client.Tenant.PersonalChatId, stored.ConversationId);
        Assert.StartsWith($"http://127.0.0.1:{_playground.Port}/_connector", stored.ServiceUrl, StringComparison.Ordinal);
    }

    private static async Task<IReadOnlyList<PlaygroundMessage>> WaitForCountAsync(PlaygroundClient client, Func<PlaygroundMessage, bool> predicate, int count)
    {
        using var deadline = new CancellationTokenSource(Timeout);
        while (true)
        {
            var matching = client.Messages.Where(predicate).ToList();
            if (matching.Count >= count)
            {
                return matching;
            }

            await Task.Delay(100, deadline.Token);
        }
    }
}
