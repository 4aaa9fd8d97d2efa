using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using RectifyBot.Cards.Localization;
using RectifyBot.Core.Localization;
using RectifyBot.Bot.Tests.Support;
using RectifyBot.Testing.Activities;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Bot.Tests.EndToEnd;

/// <summary>The bot as a user runs it: its own process on a loopback port, Teams-shaped activities over HTTP, state in Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class BotOverHttpTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private RunningBot? _bot;
    private static readonly HttpClient Http = new();

    public async Task InitializeAsync()
    {
        _bot = await RunningBot.StartAsync(azurite, new Dictionary<string, string?> { ["MicrosoftAppId"] = "" });
    }

    public async Task DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }
    }

    [Fact]
    public async Task Help_after_install_returns_the_welcome_card_and_stores_the_conversation_reference()
    {
        var aadObjectId = Guid.NewGuid().ToString();
        var teams = new TeamsActivities("https://smba.trafficmanager.net/apac/", aadObjectId);

        using var update = await PostAsync(teams.ConversationUpdate());
        Assert.True(update.IsSuccessStatusCode, await update.Content.ReadAsStringAsync());

        using var help = await PostAsync(teams.Message("帮助"));
        Assert.Equal(HttpStatusCode.OK, help.StatusCode);
        var replies = (await help.Content.ReadFromJsonAsync<JsonObject>())!["activities"]!.AsArray();
        var card = Assert.Single(replies)!["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", card["contentType"]!.GetValue<string>());
        Assert.Equal("AdaptiveCard", card["content"]!["type"]!.GetValue<string>());
        Assert.Equal(CardText.Get(UserLanguage.ZhCn, "Welcome_Title"), card["content"]!["body"]![0]!["text"]!.GetValue<string>());

        var stored = await _bot!.AddressBook.FindAsync(aadObjectId);
        Assert.NotNull(stored);
        Assert.Equal(teams.ConversationId, stored.ConversationId);
        Assert.Equal("https://smba.trafficmanager.net/apac/", stored.ServiceUrl);
        Assert.Equal(TeamsActivities.TenantId, stored.TenantId);
        Assert.Equal("zh-CN", stored.Locale);
        Assert.Contains(teams.ConversationId, stored.ReferenceJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_later_message_refreshes_the_stored_locale()
    {
        var aadObjectId = Guid.NewGuid().ToString();
        using var first = await PostAsync(new TeamsActivities("https://smba.trafficmanager.net/apac/", aadObjectId, "zh-CN").Message("hi"));
        using var second = await PostAsync(new TeamsActivities("https://smba.trafficmanager.net/emea/", aadObjectId, "en-US").Message("hi"));
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);

        var stored = await _bot!.AddressBook.FindAsync(aadObjectId);
        Assert.Equal("en-US", stored!.Locale);
        Assert.Equal("https://smba.trafficmanager.net/emea/", stored.ServiceUrl);
    }

    private Task<HttpResponseMessage> PostAsync(JsonObject activity) =>
        Http.PostAsJsonAsync(_bot!.MessagesEndpoint, activity);
}
