using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using RectifyBot.Testing;

namespace RectifyBot.Cards.Tests.Rendering;

/// <summary>Runs render/render-cards.cjs once over a batch of cards: starting node per card would be slow.</summary>
internal static class TeamsRenderer
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static async Task<IReadOnlyDictionary<string, RenderResult>> RenderAsync(IReadOnlyDictionary<string, JsonObject> cards)
    {
        var nodeModules = RepositoryRoot.Combine("node_modules");
        foreach (var package in new[] { "adaptivecards", "adaptivecards-designer", "jsdom" })
        {
            if (!Directory.Exists(Path.Combine(nodeModules, package)))
            {
                throw new InvalidOperationException(
                    $"{Path.Combine(nodeModules, package)} is missing: run `npm ci` in {RepositoryRoot.FullPath} before the card tests.");
            }
        }

        var script = RepositoryRoot.Combine("tests", "RectifyBot.Cards.Tests", "render", "render-cards.cjs");
        var dir = Directory.CreateTempSubdirectory("rectifybot-cards-");
        try
        {
            foreach (var (name, card) in cards)
            {
                await File.WriteAllTextAsync(Path.Combine(dir.FullName, name + ".json"), card.ToJsonString());
            }

            var stdout = await RunNodeAsync(script, nodeModules, dir.FullName);
            return Parse(stdout);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static async Task<string> RunNodeAsync(string script, string nodeModules, string cardsDir)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            ArgumentList = { script, nodeModules, cardsDir },
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        using var timeout = new CancellationTokenSource(Timeout);
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"render-cards.cjs did not finish within {Timeout}.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"render-cards.cjs exited with {process.ExitCode}: {await stderr}");
        }

        return await stdout;
    }

    private static Dictionary<string, RenderResult> Parse(string stdout)
    {
        using var report = JsonDocument.Parse(stdout);
        var results = new Dictionary<string, RenderResult>(StringComparer.Ordinal);
        foreach (var entry in report.RootElement.EnumerateArray())
        {
            var name = Path.GetFileNameWithoutExtension(entry.GetProperty("file").GetString()!);
            results[name] = new RenderResult(name, Pass(entry.GetProperty("desktop")), Pass(entry.GetProperty("mobile")));
        }

        return results;
    }

    private static RenderPass Pass(JsonElement pass)
    {
        static List<RendererEvent> Events(JsonElement events) =>
            [.. events.EnumerateArray().Select(e => new RendererEvent(e.GetProperty("event").GetString()!, e.GetProperty("message").GetString()!))];

        return new RenderPass(
            Events(pass.GetProperty("parseEvents")),
            Events(pass.GetProperty("validationEvents")),
            pass.GetProperty("rendered").GetBoolean(),
            pass.GetProperty("renderError").GetString(),
            pass.GetProperty("renderedText").GetString() ?? "",
            [.. pass.GetProperty("buttons").EnumerateArray().Select(b => b.GetString() ?? "")]);
    }
}
