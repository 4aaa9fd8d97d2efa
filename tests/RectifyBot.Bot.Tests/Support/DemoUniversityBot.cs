using System.Net;
using System.Net.Http.Json;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using RectifyBot.Core.Delivery;
using RectifyBot.Core.Roster.Demo;
using RectifyBot.Storage.Measures;
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
    private OutboxCourier? _courier;

    private DemoUniversityBot(AzuriteFixture azurite, FakeBotConnector teams, RunningBot bot)
    {
        _azurite = azurite;
        Teams = teams;
        Bot = bot;
    }

    public FakeBotConnector Teams { get; }

    public RunningBot Bot { get; private set; }

    public TableClientFactory Tables => Bot.Tables;

    public static async Task<DemoUniversityBot> StartAsync(AzuriteFixture azurite, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var teams = await FakeBotConnector.StartAsync();
        var bot = await RunningBot.StartAsync(azurite, settings, arrange: tables =>
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

    /// <summary>A Teams user with a fresh AAD id whose UPN is <paramref name="account"/>@ the demo domain, their client in <paramref name="locale"/>.</summary>
    public TeamsActivities Persona(string account, string name, string locale = "zh-CN")
    {
        var aad = Guid.NewGuid().ToString();
        var persona = new TeamsActivities(Teams.ServiceUrl, aad, locale);
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

    /// <summary>Sends each text in turn, as typed; returns the replies to the last one.</summary>
    public async Task<JsonArray> TypeAsync(TeamsActivities who, params string[] texts)
    {
        ArgumentNullException.ThrowIfNull(who);
        ArgumentNullException.ThrowIfNull(texts);
        var replies = new JsonArray();
        foreach (var text in texts)
        {
            replies = await SendAsync(who.Message(text));
        }

        return replies;
    }

    /// <summary>Drafts one fix-now discipline problem by typing every answer, and submits it; returns the reply to "提交".</summary>
    public Task<JsonArray> SubmitTypedDraftAsync(TeamsActivities who, string description = "请假手续不全") =>
        TypeAsync(who, "新建整改措施", "纪律", "自我剖析", description, "严格履行请假手续", "立即整改", "下月底", "否", "严格遵守纪律", "跳过", "提交");

    /// <summary>Delivers what a member's transitions left in the outbox (the functions app's job) to the fake Teams.</summary>
    public Task<IReadOnlyList<(string RowKey, OutboxStatus? Status)>> DeliverNoticesAsync(string author) =>
        (_courier ??= new OutboxCourier(Bot.Storage)).DeliverPendingAsync(author);

    /// <summary>Delivers the pending outbox rows of one table partition (e.g. a survey's cards) to the fake Teams.</summary>
    public Task<IReadOnlyList<(string RowKey, OutboxStatus? Status)>> DeliverPendingAsync(string table, string partition) =>
        (_courier ??= new OutboxCourier(Bot.Storage)).DeliverPendingAsync(table, partition);

    /// <summary>Every row of a member's partition of the Measures table (state, history, outbox).</summary>
    public async Task<List<TableEntity>> MeasureRowsAsync(string author)
    {
        var table = await Tables.GetTableAsync(TableMeasureRepository.TableName);
        return await table.QueryAsync<TableEntity>(r => r.PartitionKey == author).ToListAsync();
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

    /// <summary>Every reply (text and cards) readable as one string, for "contains" checks.</summary>
    public static string TextOf(JsonArray replies) => string.Join("\n", replies.Select(r => Readable(r!)));

    public async ValueTask DisposeAsync()
    {
        if (_courier is not null)
        {
            await _courier.DisposeAsync();
        }

        await Bot.DisposeAsync();
        await Teams.DisposeAsync();
    }
}
