using System.Text.Json;
using Microsoft.Extensions.Configuration.Memory;

namespace RectifyBot.Functions.DevRunner.Configuration;

/// <summary>
/// Adds what the Functions host would read, below the runner's own sources (environment variables and the
/// command line still win, as app settings do): host.json under "AzureFunctionsJobHost" (so
/// AzureFunctionsJobHost__extensions__queues__maxDequeueCount overrides it, as on the host), and the "Values"
/// of local.settings.json, or of local.settings.json.example when there is none.
/// Both files are the functions project's, copied to this runner's output folder.
/// </summary>
public static class FunctionsConfiguration
{
    public const string HostSection = "AzureFunctionsJobHost";

    public static void AddBelow(IConfigurationBuilder builder, IConfiguration current, ICollection<string> notes)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(notes);
        var hostJson = current["DevRunner:HostJson"] ?? Path.Combine(AppContext.BaseDirectory, "host.json");
        var hostValues = File.Exists(hostJson) ? Read(hostJson, HostSection) : [];
        notes.Add(File.Exists(hostJson) ? $"host.json: {hostJson}" : $"host.json not found at {hostJson}: the host's defaults apply (queue messages Base64)");

        var localSettings = current["DevRunner:LocalSettings"] ?? FirstExisting(
            Path.Combine(AppContext.BaseDirectory, "local.settings.json"),
            Path.Combine(AppContext.BaseDirectory, "local.settings.json.example"));
        var localValues = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (localSettings is not null && File.Exists(localSettings))
        {
            foreach (var (key, value) in Read(localSettings, ""))
            {
                if (key.StartsWith("Values:", StringComparison.OrdinalIgnoreCase))
                {
                    localValues[key["Values:".Length..].Replace("__", ":", StringComparison.Ordinal)] = value;
                }
            }

            notes.Add($"settings: {localSettings}");
        }

        builder.Sources.Insert(0, new MemoryConfigurationSource { InitialData = hostValues });
        builder.Sources.Insert(1, new MemoryConfigurationSource { InitialData = localValues });
    }

    private static Dictionary<string, string?> Read(string path, string prefix)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return JsonFlattener.Flatten(document.RootElement, prefix);
    }

    private static string? FirstExisting(params string[] paths) => paths.FirstOrDefault(File.Exists);
}
