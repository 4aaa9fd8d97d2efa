using System.IO.Compression;
using System.Text.Json.Nodes;
using RectifyBot.TeamsPackage;
using RectifyBot.Testing;

namespace RectifyBot.Infra.Tests.TeamsPackage;

/// <summary>The app package built from infra/teams as `./rectify package` builds it, unpacked into a temporary folder.</summary>
public sealed class BuiltPackage : IDisposable
{
    public static readonly PackageSettings Settings = new(
        "6d1f0b9e-3c2a-4f8e-9b7d-5a4c3e2f1a0b", "3f0c5c4e-8d5b-4c39-9a36-6a1d2b7e0a11", "rectify.hupan-university.example.cn");

    public BuiltPackage() : this(RepositoryRoot.Combine("infra", "teams"))
    {
    }

    public BuiltPackage(string templateFolder)
    {
        Folder = Directory.CreateTempSubdirectory("rectify-teams-package-").FullName;
        ZipPath = Path.Combine(Folder, "package.zip");
        AppPackage.Build(templateFolder, Settings, ZipPath);
        ZipFile.ExtractToDirectory(ZipPath, Path.Combine(Folder, "unzipped"));
    }

    public string Folder { get; }

    public string ZipPath { get; }

    public string File(string name) => Path.Combine(Folder, "unzipped", name);

    public JsonObject Json(string name) => JsonNode.Parse(System.IO.File.ReadAllText(File(name)))!.AsObject();

    public JsonObject Manifest => Json(AppPackage.ManifestFile);

    /// <summary>The localization files the manifest names, e.g. "en.json".</summary>
    public IReadOnlyList<string> LocalizationFiles =>
        Manifest["localizationInfo"]!["additionalLanguages"]!.AsArray().Select(l => (string)l!["file"]!).ToList();

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
