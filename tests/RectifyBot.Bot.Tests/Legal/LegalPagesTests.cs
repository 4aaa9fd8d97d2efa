using System.Net;
using System.Text.Json.Nodes;
using RectifyBot.Bot.Tests.Support;
using RectifyBot.Testing;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Bot.Tests.Legal;

/// <summary>The pages the Teams manifest links to are served by the bot, in Chinese first and English second.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class LegalPagesTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly HttpClient Http = new();
    private RunningBot _bot = null!;

    public async Task InitializeAsync() => _bot = await RunningBot.StartAsync(azurite);

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("privacyUrl", "隐私说明", "privacy statement")]
    [InlineData("termsOfUseUrl", "使用条款", "terms of use")]
    public async Task The_manifest_link_opens_a_bilingual_page(string manifestField, string chineseTitle, string englishTitle)
    {
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(RepositoryRoot.Combine("infra", "teams", "manifest.json")))!;
        var path = new Uri(manifest["developer"]![manifestField]!.GetValue<string>().Replace("{{BOT_DOMAIN}}", "bot.example", StringComparison.Ordinal)).AbsolutePath;

        using var response = await Http.GetAsync(new Uri(_bot.Process.BaseAddress, path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var html = await response.Content.ReadAsStringAsync();
        var chinese = html.IndexOf(chineseTitle, StringComparison.Ordinal);
        var english = html.IndexOf(englishTitle, StringComparison.Ordinal);
        Assert.True(chinese >= 0, "no Chinese title");
        Assert.True(english > chinese, "English should follow the Chinese text");
    }
}
