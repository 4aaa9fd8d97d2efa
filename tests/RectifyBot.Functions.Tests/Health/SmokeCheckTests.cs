using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RectifyBot.Cards.Localization;
using RectifyBot.Core.Conversations;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Roster.Demo;
using RectifyBot.Functions.Tests.Support;
using RectifyBot.Storage;
using RectifyBot.Testing.Connector;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Functions.Tests.Health;

/// <summary>
/// The deployment's smoke check through the development runner: the welcome card goes the whole proactive way
/// (outbox, queue, SendOutboxMessage, Bot Connector over HTTP) to the office member who asked, or the answer says what is missing.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class SmokeCheckTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly HttpClient Http = new();
    private FakeBotConnector _connector = null!;
    private Runner _runner = null!;
    private ServiceProvider _producer = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["AzureWebJobsStorage"] = azurite.ConnectionString,
            ["Storage:TablePrefix"] = AzuriteFixture.UniquePrefix(),
            ["Storage:QueuePrefix"] = AzuriteFixture.UniquePrefix(),
            ["AzureFunctionsJobHost:extensions:queues:maxPollingInterval"] = "00:00:00.200",
        };
        _runner = await Runner.StartAsync("SendOutboxMessage,SmokeCheck", settings);
        _producer = new ServiceCollection().AddRectifyBotStorage(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()).BuildServiceProvider();
        await _producer.GetRequiredService<IRosterRepository>().SaveNewVersionAsync(DemoRoster.Create(), "100020", "demo", DateTimeOffset.UtcNow);
    }

    public async Task DisposeAsync()
    {
        await _runner.DisposeAsync();
        await _producer.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private async Task OpensTheBotAsync(string number, string locale)
    {
        var aad = Guid.NewGuid().ToString();
        await _producer.GetRequiredService<IRosterRepository>().BindAsync(number, aad);
        await OpenedBot.SaveAddressAsync(_producer.GetRequiredService<IConversationAddressBook>(), aad, _connector.ServiceUrl, locale: locale);
    }

    private async Task<(HttpStatusCode Status, JsonObject Body)> CheckAsync(string? number)
    {
        var query = number is null ? "" : "?operator=" + number;
        using var response = await Http.PostAsync(new Uri(_runner.BaseUrl + "/api/admin/smoke-check" + query), null);
        return (response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonObject>())!);
    }

    [Fact]
    public async Task Office_staff_who_opened_the_bot_get_a_welcome_card_in_their_language_and_a_sent_answer()
    {
        await OpensTheBotAsync("100020", "en-US");

        var (status, body) = await CheckAsync("100020");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Sent", (string?)body["status"]);
        var posted = Assert.Single(_connector.Requests);
        Assert.Equal(CardText.Get(UserLanguage.En, "Welcome_Title"), (string?)posted.Json!["attachments"]![0]!["content"]!["body"]![0]!["text"]);
    }

    [Fact]
    public async Task Office_staff_who_never_opened_the_bot_are_told_to_open_it_first_and_nothing_is_sent()
    {
        var (status, body) = await CheckAsync("100021");

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("帮助", (string?)body["error"], StringComparison.Ordinal);
        Assert.Empty(_connector.Requests);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.BadRequest)]
    [InlineData("200022", HttpStatusCode.Forbidden)]
    [InlineData("999999", HttpStatusCode.Forbidden)]
    public async Task Without_an_office_operator_the_check_is_refused(string? number, HttpStatusCode expected)
    {
        var (status, body) = await CheckAsync(number);

        Assert.Equal(expected, status);
        Assert.False(string.IsNullOrWhiteSpace((string?)body["error"]));
        Assert.Empty(_connector.Requests);
    }
}
