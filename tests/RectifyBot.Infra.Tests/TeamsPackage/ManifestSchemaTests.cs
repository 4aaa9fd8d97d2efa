using System.Text.Json;
using System.Text.Json.Nodes;
using RectifyBot.Infra.Tests.Support;
using RectifyBot.Testing;

namespace RectifyBot.Infra.Tests.TeamsPackage;

/// <summary>
/// The package's manifest and localization files against Microsoft's official JSON schemas (npm
/// @microsoft/app-manifest, the version the manifest declares), checked by tools/teams-package/validate.cjs.
/// </summary>
public sealed class ManifestSchemaTests : IDisposable
{
    private readonly BuiltPackage _package = new();

    [Fact]
    public async Task The_manifest_and_every_localization_file_pass_Microsofts_schemas()
    {
        var result = await ValidateAsync(_package, [.. _package.LocalizationFiles]);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("valid: " + _package.File("en.json"), result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_manifest_is_on_a_current_schema_and_declares_the_same_one_in_its_schema_url()
    {
        var manifest = _package.Manifest;
        var version = (string)manifest["manifestVersion"]!;
        Assert.True(Version.Parse(version) >= new Version(1, 25), $"manifestVersion {version}");
        Assert.Equal($"https://developer.microsoft.com/json-schemas/teams/v{version}/MicrosoftTeams.schema.json", (string)manifest["$schema"]!);
        Assert.True(Directory.Exists(RepositoryRoot.Combine("node_modules", "@microsoft", "app-manifest", "build", "json-schemas", "teams", "v" + version)));
    }

    [Fact]
    public async Task The_schema_check_refuses_a_command_list_of_thirteen_commands()
    {
        var template = Directory.CreateTempSubdirectory("rectify-teams-template-").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(RepositoryRoot.Combine("infra", "teams"), "*.json"))
            {
                File.Copy(file, Path.Combine(template, Path.GetFileName(file)));
            }

            var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(template, "manifest.json")))!;
            var commands = manifest["bots"]![0]!["commandLists"]![0]!["commands"]!.AsArray();
            while (commands.Count < 13) // the v1.25 schema allows 12; Teams documents 10, which CommandListTests holds us to
            {
                commands.Add(new JsonObject { ["title"] = $"命令{commands.Count}", ["description"] = "多余的命令" });
            }

            File.WriteAllText(Path.Combine(template, "manifest.json"), manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            using var tooMany = new BuiltPackage(template);
            var result = await ValidateAsync(tooMany);
            Assert.Equal(1, result.ExitCode);
            Assert.Contains("/bots/0/commandLists/0/commands", result.Errors, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(template, recursive: true);
        }
    }

    [Fact]
    public async Task The_schema_check_refuses_a_localization_key_the_manifest_cannot_have()
    {
        var en = _package.Json("en.json");
        en["bots[0].commandLists[0].commands[0].colour"] = "red";
        var file = Path.Combine(_package.Folder, "bad-en.json");
        File.WriteAllText(file, en.ToJsonString());
        var result = await ValidateAsync(_package, file);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("bad-en.json", result.Errors, StringComparison.Ordinal);
    }

    private static Task<CommandLine.Result> ValidateAsync(BuiltPackage package, params string[] localizationFiles) =>
        CommandLine.RunAsync("node", [RepositoryRoot.Combine("tools", "teams-package", "validate.cjs"), package.File("manifest.json"),
            .. localizationFiles.Select(f => Path.IsPathRooted(f) ? f : package.File(f))]);

    public void Dispose() => _package.Dispose();
}
