using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RectifyBot.Core.Conversations;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Roster.Demo;
using RectifyBot.Functions.Tests.Support;
using RectifyBot.Storage;
using RectifyBot.Teams.Installation;
using RectifyBot.Testing.Graph;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Functions.Tests.Delivery;

/// <summary>
/// Proactive installation through Microsoft Graph (played by a local server) for everyone in the roster the bot cannot
/// message yet, through the development runner and the roster on Azurite.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class InstallTeamsAppTests(AzuriteFixture azurite)
{
    private const string CatalogAppId = "5f4e3d2c-0000-4000-8000-000000000001";
    private static readonly HttpClient Http = new();

    private static async Task<(HttpStatusCode Status, JsonObject Body)> PostAsync(Runner runner, string number)
    {
        using var response = await Http.PostAsync(new Uri($"{runner.BaseUrl}/api/admin/install-app?operator={number}"), null);
        return (response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonObject>())!);
    }

    private Dictionary<string, string?> Settings(FakeGraph graph, bool enabled) => new()
    {
        ["Storage:ConnectionString"] = azurite.ConnectionString,
        ["Storage:TablePrefix"] = AzuriteFixture.UniquePrefix(),
        ["GraphInstall:Enabled"] = enabled ? "true" : "false",
        ["GraphInstall:CatalogAppId"] = CatalogAppId,
        ["GraphInstall:Endpoint"] = graph.Endpoint.AbsoluteUri,
    };

    private static async Task<Core.Roster.Roster> SeedAsync(Dictionary<string, string?> settings)
    {
        await using var storage = new ServiceCollection().AddRectifyBotStorage(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()).BuildServiceProvider();
        var rosters = storage.GetRequiredService<IRosterRepository>();
        await rosters.SaveNewVersionAsync(DemoRoster.Create(), "100020", "demo", DateTimeOffset.UtcNow);
        // 王芳 (office) has opened the bot: she is reachable and must not be installed for.
        var aad = Guid.NewGuid().ToString();
        await rosters.BindAsync("100020", aad);
        await OpenedBot.SaveAddressAsync(storage.GetRequiredService<IConversationAddressBook>(), aad, "https://smba.trafficmanager.net/apac/");
        return await rosters.LoadCurrentAsync();
    }

    [Fact]
    public async Task The_office_installs_the_app_for_everyone_unreachable_and_sees_who_could_not_be_installed()
    {
        await using var graph = await FakeGraph.StartAsync();
        var settings = Settings(graph, enabled: true);
        var roster = await SeedAsync(settings);
        var unreachable = roster.ActivePeople.Where(p => p.Number != "100020" && !string.IsNullOrWhiteSpace(p.Upn)).ToList();
        graph.Answer(unreachable[0].Upn!, HttpStatusCode.Conflict);
        graph.Answer(unreachable[1].Upn!, HttpStatusCode.NotFound);
        await using var runner = await Runner.StartAsync("InstallTeamsApp", settings, s => s.AddSingleton(new GraphCredential(FakeGraph.Credential)));

        var (status, body) = await PostAsync(runner, "100020");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(unreachable.Select(p => p.Upn!).Order(StringComparer.OrdinalIgnoreCase), graph.Requests.Select(r => r.User).Order(StringComparer.OrdinalIgnoreCase));
        Assert.DoesNotContain(graph.Requests, r => r.User.StartsWith("wangfang@", StringComparison.OrdinalIgnoreCase));
        Assert.All(graph.Requests, r =>
        {
            Assert.Equal("Bearer " + FakeGraph.Token, r.Authorization);
            Assert.Equal($"{graph.Endpoint.AbsoluteUri.TrimEnd('/')}/v1.0/appCatalogs/teamsApps/{CatalogAppId}", r.TeamsAppBinding);
        });
        Assert.Equal(unreachable.Count - 2, (int)body["counts"]!["Installed"]!);
        Assert.Equal(1, (int)body["counts"]!["AlreadyInstalled"]!);
        Assert.Equal(1, (int)body["counts"]!["UserNotFound"]!);
        Assert.Equal([unreachable[1].Number], body["notInstalled"]!.AsArray().Select(n => (string)n!));
        Assert.Equal("100020", (string?)body["operatorNumber"]);
    }

    [Fact]
    public async Task Installation_is_off_by_default_and_a_member_may_not_run_it()
    {
        await using var graph = await FakeGraph.StartAsync();
        var settings = Settings(graph, enabled: false);
        await SeedAsync(settings);
        await using var runner = await Runner.StartAsync("InstallTeamsApp", settings, s => s.AddSingleton(new GraphCredential(FakeGraph.Credential)));

        var (off, offBody) = await PostAsync(runner, "100020");
        var (member, _) = await PostAsync(runner, "200022");

        Assert.Equal(HttpStatusCode.Conflict, off);
        Assert.Contains("TeamsAppInstallation.ReadWriteSelfForUser.All", (string?)offBody["error"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, member);
        Assert.Empty(graph.Requests);
    }
}
