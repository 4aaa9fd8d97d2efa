using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using RectifyBot.Cards.Reviews;
using RectifyBot.Core.Roster;
using RectifyBot.Testing.Activities;

namespace RectifyBot.Benchmarks;

/// <summary>
/// The member's draft → submit → the branch secretary's approval, over HTTP with Table Storage state and a
/// 20,000-person roster: turns per second and turn latency, beside a bare echo bot on the same adapter, Kestrel
/// and machine in the same run. Every flow uses a member who has never drafted, so no flow finds an earlier one's state.
/// </summary>
public static class MeasureFlowBenchmark
{
    private const int Workers = 8;

    /// <summary>The typed answers of one problem, then the commitment and (skipped) lessons, as a member on Teams mobile types them.</summary>
    private static readonly string[] Answers = ["作风", "群众意见", "开会时常迟到", "提前十分钟到会场", "立即整改", "下月底", "否", "按时完成整改", "跳过"];

    public static async Task RunAsync(string connectionString, TimeSpan duration)
    {
        await using var host = await BotHostUnderLoad.StartAsync(connectionString, "benchflow");
        var http = host.Http;
        var roster = RosterImportBenchmark.Generate();
        var repository = host.App.Services.GetRequiredService<IRosterRepository>();
        await repository.SaveNewVersionAsync(roster, "bench", "benchmark", DateTimeOffset.UtcNow);
        var members = new ConcurrentQueue<(Person Member, Person Secretary)>(Pairs(roster));

        var flows = new FlowRunner(http, repository, members);
        await flows.RunOneAsync(new List<double>()); // warm up: JIT, tables, the roster cache

        var echoUsers = Enumerable.Range(0, 200).Select(i => new TeamsActivities("https://smba.trafficmanager.net/apac/", $"00000000-0000-0000-0000-{i:D12}")).ToArray();
        var next = 0;
        var echo = await LoadLoop.RunAsync(
            async () =>
            {
                using var response = await http.PostAsJsonAsync("api/echo", echoUsers[Interlocked.Increment(ref next) % echoUsers.Length].Message("hello"));
                response.EnsureSuccessStatusCode();
            },
            Workers,
            duration);
        using var requests = new StorageRequestCounter();
        requests.Reset();
        var flow = await flows.RunAsync(Workers, duration);
        var storageRequests = requests.Total;
        var busiest = requests.ByTarget.OrderByDescending(t => t.Value).Take(8).ToList();

        Console.WriteLine();
        Console.WriteLine($"## Measure flow over HTTP ({Workers} concurrent members, {duration.TotalSeconds:0} s each, expectReplies, roster of {roster.People.Count:N0})");
        Console.WriteLine($"One flow = {Answers.Length + 3} turns: 新建整改措施, {Answers.Length} typed answers, 提交, the secretary's approval (card submit).");
        Console.WriteLine("| bot | turns/s | p50 ms | p99 ms | flows | failed flows |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| bare echo bot, plain CloudAdapter | {echo.PerSecond:0} | {echo.P50Ms:0.0} | {echo.P99Ms:0.0} | – | – |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| RectifyBot draft → submit → approve | {flow.Turns / flow.Seconds:0} | {flow.P50Ms:0.0} | {flow.P99Ms:0.0} | {flow.Flows} | {flow.Failed} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio flow turns / echo turns: **{flow.Turns / flow.Seconds / echo.PerSecond:0.00}**"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Storage requests per turn: {(double)storageRequests / flow.Turns:0.0} (the benchmark's own bindings included: 2 per flow + their log rows). Most frequent:"));
        foreach (var (target, count) in busiest)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"- {target}: {(double)count / flow.Turns:0.00} per turn"));
        }
    }

    /// <summary>Members who route to their branch committee, each with the branch secretary who decides.</summary>
    private static IEnumerable<(Person, Person)> Pairs(Roster roster)
    {
        var secretaries = roster.People
            .Where(p => p.Positions.Any(x => x.Position == Position.BranchSecretary))
            .ToDictionary(p => p.PartyUnitCode!, StringComparer.Ordinal);
        return roster.People
            .Where(p => p.PartyStatus == PartyStatus.Full && p.Positions.Count == 0 && p.PartyUnitCode is not null)
            .Select(p => (p, secretaries[p.PartyUnitCode!]));
    }

    private sealed record FlowResult(int Flows, int Failed, long Turns, double Seconds, double P50Ms, double P99Ms);

    private sealed class FlowRunner(HttpClient http, IRosterRepository roster, ConcurrentQueue<(Person Member, Person Secretary)> members)
    {
        private int _failed;

        public async Task<FlowResult> RunAsync(int workers, TimeSpan duration)
        {
            var latencies = new List<double>[workers];
            var flows = 0;
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, workers).Select(async w =>
            {
                var mine = latencies[w] = [];
                while (clock.Elapsed < duration)
                {
                    await RunOneAsync(mine);
                    Interlocked.Increment(ref flows);
                }
            }));
            var seconds = clock.Elapsed.TotalSeconds;
            var all = latencies.SelectMany(l => l).Order().ToArray();
            return new FlowResult(flows, _failed, all.Length, seconds, LoadLoop.Percentile(all, 0.50), LoadLoop.Percentile(all, 0.99));
        }

        /// <summary>One member's flow; a flow counts as failed when the submission does not reach the secretary or the approval is not confirmed.</summary>
        public async Task RunOneAsync(List<double> latencies)
        {
            if (!members.TryDequeue(out var pair))
            {
                throw new InvalidOperationException("the generated roster has no fresh member left: lower the duration");
            }

            var member = await PersonaAsync(pair.Member);
            var secretary = await PersonaAsync(pair.Secretary);
            await TurnAsync(member.Message("新建整改措施"), latencies);
            foreach (var answer in Answers)
            {
                await TurnAsync(member.Message(answer), latencies);
            }

            var submitted = await TurnAsync(member.Message("提交"), latencies);
            var approved = await TurnAsync(
                secretary.CardSubmit(new JsonObject
                {
                    ["verb"] = ReviewCard.ApproveVerb,
                    [ReviewCard.AuthorKey] = pair.Member.Number,
                    [ReviewCard.VersionKey] = "1",
                }),
                latencies);
            if (!submitted.Contains(pair.Secretary.Name, StringComparison.Ordinal) || !approved.Contains("通过", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _failed);
            }
        }

        private async Task<TeamsActivities> PersonaAsync(Person person)
        {
            // First contact already happened (the binding a Teams member lookup would make), as for a person who opened the bot before.
            var aad = Guid.NewGuid().ToString();
            await roster.BindAsync(person.Number, aad);
            return new TeamsActivities("https://smba.trafficmanager.net/apac/", aad);
        }

        private async Task<string> TurnAsync(JsonObject activity, List<double> latencies)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await http.PostAsJsonAsync("api/messages", activity);
            var body = await response.Content.ReadAsStringAsync();
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            response.EnsureSuccessStatusCode();
            return body;
        }
    }
}
