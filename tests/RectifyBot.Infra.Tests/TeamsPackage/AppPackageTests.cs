using System.IO.Compression;
using RectifyBot.TeamsPackage;

namespace RectifyBot.Infra.Tests.TeamsPackage;

public sealed class AppPackageTests : IDisposable
{
    private readonly BuiltPackage _package = new();

    [Fact]
    public void The_zip_holds_the_manifest_its_localization_and_both_icons_at_its_root()
    {
        using var zip = ZipFile.OpenRead(_package.ZipPath);
        Assert.Equal(["color.png", "en.json", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_app_id_bot_id_and_domain_come_from_the_settings_and_no_placeholder_is_left()
    {
        var manifest = _package.Manifest;
        Assert.Equal(BuiltPackage.Settings.TeamsAppId, (string)manifest["id"]!);
        Assert.Equal(BuiltPackage.Settings.BotId, (string)manifest["bots"]![0]!["botId"]!);
        Assert.Equal([BuiltPackage.Settings.BotDomain], manifest["validDomains"]!.AsArray().Select(d => (string)d!));
        foreach (var file in new[] { "manifest.json", "en.json" })
        {
            Assert.DoesNotContain("{{", File.ReadAllText(_package.File(file)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_bot_is_personal_only_takes_files_and_speaks_zh_CN_by_default()
    {
        var manifest = _package.Manifest;
        var bot = manifest["bots"]!.AsArray().Single()!;
        Assert.Equal(["personal"], bot["scopes"]!.AsArray().Select(s => (string)s!));
        Assert.All(bot["commandLists"]!.AsArray(), l => Assert.Equal(["personal"], l!["scopes"]!.AsArray().Select(s => (string)s!)));
        Assert.True((bool)bot["supportsFiles"]!);
        Assert.Equal("zh-CN", (string)manifest["localizationInfo"]!["defaultLanguageTag"]!);
        Assert.Null(manifest["staticTabs"]);
        Assert.Null(manifest["configurableTabs"]);
    }

    [Theory]
    [InlineData("not-a-guid", "3f0c5c4e-8d5b-4c39-9a36-6a1d2b7e0a11", "rectify.example.cn", "app id")]
    [InlineData("6d1f0b9e-3c2a-4f8e-9b7d-5a4c3e2f1a0b", "", "rectify.example.cn", "bot id")]
    [InlineData("6d1f0b9e-3c2a-4f8e-9b7d-5a4c3e2f1a0b", "3f0c5c4e-8d5b-4c39-9a36-6a1d2b7e0a11", "https://rectify.example.cn/api", "bot domain")]
    public void Missing_or_malformed_settings_are_refused_with_what_to_set(string appId, string botId, string domain, string named)
    {
        var error = Assert.Throws<ArgumentException>(() => new PackageSettings(appId, botId, domain).ThrowIfInvalid());
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_ids_fall_back_to_the_environment_with_MicrosoftAppId_as_the_bot_id()
    {
        var environment = new Dictionary<string, string?>
        {
            ["TEAMS_APP_ID"] = BuiltPackage.Settings.TeamsAppId,
            ["MicrosoftAppId"] = BuiltPackage.Settings.BotId,
            ["BOT_DOMAIN"] = BuiltPackage.Settings.BotDomain,
        };
        var settings = PackageSettings.From(new Dictionary<string, string>(), n => environment.GetValueOrDefault(n));
        Assert.Equal(BuiltPackage.Settings, settings);
    }

    public void Dispose() => _package.Dispose();
}
