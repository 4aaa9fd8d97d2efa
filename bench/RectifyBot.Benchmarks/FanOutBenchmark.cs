using System.Diagnostics;
using System.Globalization;
using Microsoft.Bot.Schema;
using Activity = Microsoft.Bot.Schema.Activity;
using Azure.Storage.Queues;
using RectifyBot.Core.Conversations;
using RectifyBot.Core.Delivery;
using RectifyBot.Functions;
using RectifyBot.Functions.DevRunner;
using RectifyBot.Storage;
using RectifyBot.Storage.Delivery;
using RectifyBot.Storage.Queues;
using RectifyBot.Teams.Conversations;
using RectifyBot.Testing;
using RectifyBot.Testing.Connector;

namespace RectifyBot.Benchmarks;

/// <summary>
/// 5,000 reminders (one per person) through the real path: outbox rows and queue messages written first, then the
/// queue-triggered SendOutboxMessage in the development runner, the shared send budget on Azurite set to the cap,
/// and the fake Bot Connector enforcing Teams' per-conversation limits and an app cap of 50/s (429 + Retry-After).
/// Reports achieved rate ÷ cap (first to last accepted send), messages lost (not accepted) and duplicated (accepted twice).
/// </summary>
public static class FanOutBenchmark
{
    /// <summary>5,000 at 50/s as the issue sets; RECTIFY_BENCH_REMINDERS and RECTIFY_BENCH_CAP change them, to see the limiter where Azurite is not the bottleneck.</summary>
    public static readonly int Reminders = BenchEnvironment.Int("RECTIFY_BENCH_REMINDERS", 5000);

    public static readonly int Cap = BenchEnvironment.Int("RECTIFY_BENCH_CAP", 50);

    /// <summary>Budget slots taken per storage round trip; RECTIFY_BENCH_CHUNK overrides it to compare.</summary>
    private static readonly int ChunkSize = BenchEnvironment.Int("RECTIFY_BENCH_CHUNK", 5);

    /// <summary>The budget's guard against arrival jitter in milliseconds (the default, 10); RECTIFY_BENCH_GUARD overrides it to compare.</summary>
    private static readonly int GuardMilliseconds = BenchEnvironment.Int("RECTIFY_BENCH_GUARD", 10);

    /// <summary>
    /// At most this many queue messages wait while the sender runs (the outbox rows are all written first); 500 by
    /// default. Azurite's queue receive and delete scan and sort every message it holds (LokiJS, no index on
    /// visibility), so 5,000 waiting make each call cost the emulator CPU that Azure's queues do not spend; the sweep's
    /// own enqueue of everything at once is what RECTIFY_BENCH_BACKLOG=0 measures (docs/benchmarks.md shows both).
    /// </summary>
    private static readonly int Backlog = BenchEnvironment.Int("RECTIFY_BENCH_BACKLOG", 500);

    /// <summary>
    /// The limiter alone: the same number of sends through <see cref="TableSendBudget"/> on Azurite straight to the
    /// throttling fake connector, by 24 concurrent senders (the host's in-flight maximum), a 429 waiting its Retry-After
    /// and taking a new moment, as the sender does. No outbox, addresses or queue: what the budget reaches when the
    /// pipeline around it is not the bottleneck.
    /// </summary>
    public static async Task RunBudgetOnlyAsync(string connectionString)
    {
        await using var connector = await FakeBotConnector.StartAsync();
        connector.LimitAppRate(Cap);
        var settings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = connectionString,
            ["Storage:TablePrefix"] = "benchfan" + Guid.NewGuid().ToString("N")[..9],
            ["Delivery:Budget:PerSecond"] = Cap.ToString(CultureInfo.InvariantCulture),
            ["Delivery:Budget:ChunkSize"] = ChunkSize.ToString(CultureInfo.InvariantCulture),
            ["Delivery:Budget:Guard"] = TimeSpan.FromMilliseconds(GuardMilliseconds).ToString("c", CultureInfo.InvariantCulture),
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        await using var services = new ServiceCollection().AddRectifyBotStorage(configuration).BuildServiceProvider();
        var budget = (TableSendBudget)services.GetRequiredService<ISendBudget>();
        using var http = new HttpClient { BaseAddress = connector.BaseUrl };
        var next = -1;
        var run = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 24).Select(async _ =>
        {
            int n;
            while ((n = Interlocked.Increment(ref next)) < Reminders)
            {
                while (true)
                {
                    await budget.TakeSlotAsync();
                    using var response = await http.PostAsJsonAsync($"v3/conversations/a:{n}/activities", new { type = "message", text = n.ToString(CultureInfo.InvariantCulture) });
                    if ((int)response.StatusCode != 429)
                    {
                        break;
                    }

                    await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1));
                }
            }
        }));

        var accepted = connector.Requests.Where(r => r.Reply is ConnectorReply.Accepted).OrderBy(r => r.ReceivedAt).ToList();
        var rate = (accepted.Count - 1) / (accepted[^1].ReceivedAt - accepted[0].ReceivedAt).TotalSeconds;
        var throttled = connector.Requests.Count(r => r.Reply is ConnectorReply.Refused { StatusCode: 429 });
        Console.WriteLine();
        Console.WriteLine($"## The send budget alone: {Reminders:N0} sends by 24 senders, app cap {Cap}/s at the fake connector, budget {Cap}/s (guard {GuardMilliseconds} ms, chunks of {ChunkSize})");
        Console.WriteLine("| accepted | seconds | achieved/s | achieved ÷ cap | 429s | budget storage calls | late takes |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {accepted.Count} | {run.Elapsed.TotalSeconds:0.0} | {rate:0.0} | {rate / Cap:0.000} | {throttled} | {budget.StorageCalls} | {budget.LateTakes} |"));
        WriteWhereTheTimeWent(accepted);
    }

    /// <summary>Arrivals further apart than 1.5 × the budget's spacing are moments nobody used; and the accepted sends per 10 s.</summary>
    private static void WriteWhereTheTimeWent(List<ConnectorRequest> accepted)
    {
        var spacing = new SendBudgetOptions { PerSecond = Cap, Guard = TimeSpan.FromMilliseconds(GuardMilliseconds) }.Spacing;
        var gaps = accepted.Zip(accepted.Skip(1), (a, b) => b.ReceivedAt - a.ReceivedAt).Where(g => g > spacing * 1.5).ToList();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Gaps between accepted sends longer than 1.5 × the spacing ({spacing.TotalMilliseconds:0.0} ms): {gaps.Count}, {gaps.Sum(g => (g - spacing).TotalSeconds):0.0} s lost in all (largest {(gaps.Count > 0 ? gaps.Max().TotalMilliseconds : 0):0} ms)"));
        Console.WriteLine($"Accepted per 10 s from {accepted[0].ReceivedAt:HH:mm:ss} UTC: " + string.Join(" ", accepted.GroupBy(r => (int)((r.ReceivedAt - accepted[0].ReceivedAt).TotalSeconds / 10)).OrderBy(g => g.Key).Select(g => g.Count())));
    }

    public static async Task RunAsync(string connectionString)
    {
        await using var connector = await FakeBotConnector.StartAsync();
        connector.LimitEveryConversation();
        connector.LimitAppRate(Cap);
        var queuePrefix = "benchfan" + Guid.NewGuid().ToString("N")[..9];
        var settings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = connectionString,
            ["AzureWebJobsStorage"] = connectionString,
            ["Storage:TablePrefix"] = "benchfan" + Guid.NewGuid().ToString("N")[..9],
            ["Storage:QueuePrefix"] = queuePrefix,
            ["Delivery:Budget:PerSecond"] = Cap.ToString(CultureInfo.InvariantCulture),
            ["Delivery:Budget:ChunkSize"] = ChunkSize.ToString(CultureInfo.InvariantCulture),
            ["Delivery:Budget:Guard"] = TimeSpan.FromMilliseconds(GuardMilliseconds).ToString("c", CultureInfo.InvariantCulture),
            ["AzureFunctionsJobHost:extensions:queues:maxPollingInterval"] = "00:00:00.200",
            ["AzureFunctionsJobHost:extensions:queues:batchSize"] = Environment.GetEnvironmentVariable("RECTIFY_BENCH_BATCH") ?? "16",
            ["AzureFunctionsJobHost:extensions:queues:newBatchThreshold"] = Environment.GetEnvironmentVariable("RECTIFY_BENCH_THRESHOLD") ?? "8",
            // The runner's console logging of every request would cost more than the sends.
            ["Logging:LogLevel:Default"] = "Warning",
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        await using var producer = new ServiceCollection().AddRectifyBotStorage(configuration).AddRectifyBotQueues(configuration).BuildServiceProvider();
        var addresses = producer.GetRequiredService<IConversationAddressBook>();
        var outbox = producer.GetRequiredService<IOutbox>();
        var queue = producer.GetRequiredService<IDeliveryQueue>();

        // The sweep's part, done before the sender starts: one outbox row and one queue message per person.
        var prepare = Stopwatch.StartNew();
        var ids = new OutboxMessageId[Reminders];
        await Parallel.ForEachAsync(Enumerable.Range(0, Reminders), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            var aad = Guid.NewGuid().ToString();
            await addresses.SaveAsync(ConversationAddresses.FromActivity(new Activity
            {
                Type = ActivityTypes.Message,
                ChannelId = "msteams",
                ServiceUrl = connector.ServiceUrl,
                From = new ChannelAccount("29:" + aad, "成员", aadObjectId: aad),
                Recipient = new ChannelAccount("28:bot", "RectifyBot"),
                Conversation = new ConversationAccount(id: "a:" + aad, tenantId: "tenant-1"),
            }, DateTimeOffset.UtcNow)!, ct);
            var id = ids[i] = new OutboxMessageId(TableOutbox.DefaultTable, "bench-fan-out", "reminder-" + i.ToString("D5", CultureInfo.InvariantCulture));
            await outbox.AddAsync(new OutboxMessage
            {
                Id = id,
                RecipientAadObjectId = aad,
                Message = OutgoingMessage.PlainText("您有整改事项即将到期 #" + i.ToString("D5", CultureInfo.InvariantCulture)),
                Cause = "benchmark",
                CreatedAt = DateTimeOffset.UtcNow,
            }, ct);
            if (Backlog <= 0 || i < Backlog)
            {
                await queue.EnqueueAsync(id, ct);
            }
        });
        var prepared = prepare.Elapsed;
        var sendQueue = new QueueClient(connectionString, QueueNames.Qualify(queuePrefix, QueueNames.OutboxSend));
        var enqueued = Backlog <= 0 ? Reminders : Math.Min(Backlog, Reminders);

        // Paced: keeps at most Backlog messages waiting while the sender runs (Backlog > 0 only).
        async Task EnqueueRestAsync()
        {
            while (enqueued < Reminders)
            {
                if ((await sendQueue.GetPropertiesAsync()).Value.ApproximateMessagesCount > Backlog / 2)
                {
                    await Task.Delay(100);
                    continue;
                }

                var next = Math.Min(Reminders, enqueued + (Backlog / 2));
                await Parallel.ForEachAsync(Enumerable.Range(enqueued, next - enqueued), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) => await queue.EnqueueAsync(ids[i], ct));
                enqueued = next;
            }
        }

        // Every storage request of the send phase (queue receive and delete, outbox, addresses, budget), per reminder.
        using var storageRequests = new StorageRequestCounter();
        storageRequests.Reset();
        var run = Stopwatch.StartNew();
        var app = DevRunnerApp.Create([], new DevRunnerOptions
        {
            Assemblies = [typeof(FunctionsServiceCollectionExtensions).Assembly],
            Settings = new Dictionary<string, string?>(settings)
            {
                ["urls"] = $"http://127.0.0.1:{FreePort.Next()}",
                ["DevRunner:Functions"] = "SendOutboxMessage",
            },
        });
        await app.StartAsync();
        var producing = EnqueueRestAsync();
        var budgetFigures = "";
        try
        {
            while (connector.Requests.Count(r => r.Reply is ConnectorReply.Accepted) < Reminders && run.Elapsed < TimeSpan.FromMinutes(10))
            {
                await Task.Delay(500);
            }

            // Let stragglers (a duplicate, were there one) arrive before counting.
            await Task.Delay(2000);
            await producing;
        }
        finally
        {
            budgetFigures = app.Services.GetService<ISendBudget>() is TableSendBudget budget
                ? string.Create(CultureInfo.InvariantCulture, $"{budget.Taken} moments handed out, {budget.LateTakes} of them to a taker that came after the next moment had passed, {budget.StorageCalls} storage calls")
                : "";
            await app.StopAsync();
            await app.DisposeAsync();
        }

        var sendPhaseRequests = storageRequests.Total;
        var byTarget = storageRequests.ByTarget.OrderByDescending(t => t.Value).ToList();

        var requests = connector.Requests;
        var accepted = requests.Where(r => r.Reply is ConnectorReply.Accepted).OrderBy(r => r.ReceivedAt).ToList();
        var perText = accepted.GroupBy(r => (string?)r.Json?["text"] ?? "").ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var statuses = new Dictionary<OutboxStatus, int>();
        var lost = 0;
        foreach (var id in ids)
        {
            var row = await outbox.FindAsync(id);
            statuses[row!.Status] = statuses.GetValueOrDefault(row.Status) + 1;
            lost += perText.GetValueOrDefault(row.Message.Text!) == 0 ? 1 : 0;
        }

        var duplicates = perText.Values.Sum(n => Math.Max(0, n - 1));
        var span = accepted[^1].ReceivedAt - accepted[0].ReceivedAt;
        var rate = (accepted.Count - 1) / span.TotalSeconds;
        var throttled = requests.Count(r => r.Reply is ConnectorReply.Refused { StatusCode: 429 });

        Console.WriteLine();
        Console.WriteLine($"## Fan-out: {Reminders:N0} reminders, app cap {Cap}/s at the fake connector, send budget {Cap}/s (guard {GuardMilliseconds} ms, chunks of {ChunkSize}), {(Backlog > 0 ? $"at most {Backlog} waiting in the queue" : "all queued up front")}");
        Console.WriteLine("| accepted | seconds (first → last accepted) | achieved/s | achieved ÷ cap | 429s | lost | duplicates | outbox rows | prepare s |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---|---:|");
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {accepted.Count} | {span.TotalSeconds:0.0} | {rate:0.0} | {rate / Cap:0.000} | {throttled} | {lost} | {duplicates} | {string.Join(", ", statuses.Select(s => $"{s.Key} {s.Value}"))} | {prepared.TotalSeconds:0.0} |"));
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Storage requests while sending: {sendPhaseRequests / (double)Reminders:0.00} per reminder ({string.Join(", ", byTarget.Select(t => $"{t.Key} {t.Value / (double)Reminders:0.00}"))})"));
        Console.WriteLine("Send budget: " + budgetFigures);
        WriteWhereTheTimeWent(accepted);
    }
}
