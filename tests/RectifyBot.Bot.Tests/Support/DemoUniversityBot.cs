using System.Net;
using System.Net.Http.Json;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using RectifyBot.Core.Roster.Demo;
using RectifyBot.Storage.Roster;
using RectifyBot.Storage.Tables;
using RectifyBot.Testing.Activities;
using RectifyBot.Testing.Connector;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Bot.Tests.Support;

/// <summary>
/// The built bot as a process with the demo university's roster in its tables, and Teams played by a local
/// connector that answers the member lookup, so each persona is bound by their UPN as in production.
/// </summary>
public sealed class DemoUniversityBot : IAsyncDisposable
{
    private static readonly HttpClient Http = new();
    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly AzuriteFixture _azurite;

    private DemoUniversityBot(AzuriteFixture azurite, FakeBotConnector teams, RunningBot bot)
    {
        _azurite = azurite;
        Teams = teams;
        Bot = bot;
    }

    public FakeBotConnector Teams { get; }

    public RunningBot Bot { get; private set; }

    public TableClientFactory Tables => Bot.Tables;

    public static async Task<DemoUniversityBot> StartAsync(AzuriteFixture azurite)
    {
        var teams = await FakeBotConnector.StartAsync();
        var bot = await RunningBot.StartAsync(azurite, arrange: tables =>
            DemoRosterSeeder.SeedIfEmptyAsync(new TableRosterRepository(tables), TimeProvider.System));
        return new DemoUniversityBot(azurite, teams, bot);
    }

    /// <summary>Kills the bot process and starts a new one on the same tables: nothing it knew may be lost.</summary>
    public async Task RestartAsync()
    {
        var storage = Bot.Storage;
        await Bot.DisposeAsync();
        Bot = await RunningBot.StartAsync(_azurite, storage: storage);
    }

    /// <summary>A Teams user with a fresh AAD id whose UPN is <paramref name="account"/>@ the demo domain.</summary>
    public TeamsActivities Persona(string account, string name)
    {
        var aad = Guid.NewGuid().ToString();
        var persona = new TeamsActivities(Teams.ServiceUrl, aad);
        var upn = account + "@" + DemoRoster.Domain;
        Teams.AddMember(new TeamsMember(persona.UserId, name, aad, upn, upn, TeamsActivities.TenantId));
        return persona;
    }

    /// <summary>Posts an activity (with expectReplies) and returns the bot's replies.</summary>
    public async Task<JsonArray> SendAsync(JsonObject activity)
    {
        using var response = await Http.PostAsJsonAsync(Bot.MessagesEndpoint, activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["activities"]!.AsArray();
    }

    /// <summary>Posts an invoke as Teams does (no expectReplies): the HTTP status and the invoke response's body.</summary>
    public async Task<(HttpStatusCode Status, JsonObject? Body)> InvokeAsync(JsonObject activity)
    {
        using var response = await Http.PostAsJsonAsync(Bot.MessagesEndpoint, activity);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text)!.AsObject());
    }

    public static JsonObject CardOf(JsonArray replies) => replies.Single()!["attachments"]![0]!["content"]!.AsObject();

    /// <summary>The card's JSON with Chinese unescaped, for "contains" checks.</summary>
    public static string Readable(JsonNode card) => card.ToJsonString(Unescaped);

    public async ValueTask DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Teams.DisposeAsync();
    }
}
