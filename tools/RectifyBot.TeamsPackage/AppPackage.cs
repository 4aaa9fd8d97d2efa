using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using RectifyBot.TeamsPackage.Icons;

namespace RectifyBot.TeamsPackage;

/// <summary>
/// Builds the Teams app package from a template folder (infra/teams): manifest.json and the localization files it
/// names, with {{TEAMS_APP_ID}}, {{BOT_ID}} and {{BOT_DOMAIN}} filled in, and the icons it names drawn by
/// <see cref="AppIcons"/>. The files sit at the root of the .zip, as Teams requires.
/// </summary>
public static class AppPackage
{
    public const string ManifestFile = "manifest.json";

    public static void Build(string templateFolder, PackageSettings settings, string zipPath)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.ThrowIfInvalid();
        var entries = Entries(templateFolder, settings);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(zipPath))!);
        File.Delete(zipPath);
        using var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create);
        foreach (var (name, bytes) in entries)
        {
            using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
            stream.Write(bytes);
        }
    }

    /// <summary>The package's files by name, in the order they are zipped.</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> Entries(string templateFolder, PackageSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var manifestText = File.ReadAllText(Path.Combine(templateFolder, ManifestFile));
        var manifest = JsonNode.Parse(manifestText)!.AsObject();
        var entries = new List<(string, byte[])> { (ManifestFile, Fill(manifestText, settings)) };

        var languages = manifest["localizationInfo"]?["additionalLanguages"]?.AsArray() ?? [];
        foreach (var file in languages.Select(l => (string)l!["file"]!))
        {
            entries.Add((file, Fill(File.ReadAllText(Path.Combine(templateFolder, file)), settings)));
        }

        entries.Add(((string)manifest["icons"]!["color"]!, AppIcons.Color()));
        entries.Add(((string)manifest["icons"]!["outline"]!, AppIcons.Outline()));
        return entries;
    }

    private static byte[] Fill(string template, PackageSettings settings)
    {
        var text = template
            .Replace("{{TEAMS_APP_ID}}", settings.TeamsAppId, StringComparison.Ordinal)
            .Replace("{{BOT_ID}}", settings.BotId, StringComparison.Ordinal)
            .Replace("{{BOT_DOMAIN}}", settings.BotDomain, StringComparison.Ordinal);
        var left = text.IndexOf("{{", StringComparison.Ordinal);
        return left < 0
            ? new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text)
            : throw new InvalidOperationException($"Unknown placeholder in the Teams app template: {text[left..Math.Min(text.Length, left + 40)]}");
    }
}
