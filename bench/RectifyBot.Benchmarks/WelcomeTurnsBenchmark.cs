using System.Globalization;
using RectifyBot.Testing.Activities;

namespace RectifyBot.Benchmarks;

/// <summary>
/// Welcome-card turns per second over HTTP (RectifyBot's real pipeline: authentication, address refresh in
/// Table Storage, card building) beside a bare echo bot on a plain CloudAdapter in the same process and run.
/// </summary>
public static class WelcomeTurnsBenchmark
{
    private const int Workers = 8;

    public static async Task RunAsync(string connectionString, TimeSpan duration)
    {
        await using var host = await BotHostUnderLoad.StartAsync(connectionString, "bench");
        var http = host.Http;
        var users = Enumerable.Range(0, 200).Select(i => new TeamsActivities("https://smba.trafficmanager.net/apac/", $"00000000-0000-0000-0000-{i:D12}")).ToArray();
        var next = 0;
        Func<string, string, Func<Task>> turn = (path, text) => async () =>
        {
            var user = users[Interlocked.Increment(ref next) % users.Length];
            using var response = await http.PostAsJsonAsync(path, user.Message(text));
            response.EnsureSuccessStatusCode();
        };

        var echo = await LoadLoop.RunAsync(turn("api/echo", "hello"), Workers, duration);
        var welcome = await LoadLoop.RunAsync(turn("api/messages", "帮助"), Workers, duration);

        Console.WriteLine();
        Console.WriteLine($"## Welcome-card turns over HTTP ({Workers} concurrent clients, {duration.TotalSeconds:0} s each, expectReplies)");
        Console.WriteLine("| bot | turns/s | p50 ms | p99 ms |");
        Console.WriteLine("|---|---:|---:|---:|");
        Console.WriteLine(Row("bare echo bot, plain CloudAdapter", echo));
        Console.WriteLine(Row("RectifyBot welcome card (address refresh + card)", welcome));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio welcome / echo: **{welcome.PerSecond / echo.PerSecond:0.00}**"));
    }

    private static string Row(string name, LoadLoop.Result r) =>
        string.Create(CultureInfo.InvariantCulture, $"| {name} | {r.PerSecond:0} | {r.P50Ms:0.0} | {r.P99Ms:0.0} |");
}
