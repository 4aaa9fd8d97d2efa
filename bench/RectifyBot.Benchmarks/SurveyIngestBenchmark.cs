using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using RectifyBot.Core.Surveys;
using RectifyBot.Functions;
using RectifyBot.Functions.DevRunner;
using RectifyBot.Storage;
using RectifyBot.Storage.Queues;
using RectifyBot.Storage.Surveys;
using RectifyBot.Storage.Tables;
using RectifyBot.Testing;

namespace RectifyBot.Benchmarks;

/// <summary>
/// 20,000 survey replies through the one ingestion path: queue messages written first, then the queue-triggered
/// IngestSurveyReply in the development runner (hold with a ballot row, shuffled batches of at least 5). Beside it, in
/// the same run, Azurite's own rate for 100-entity transactions (the ceiling an ingestion that writes each answer
/// twice cannot reach); then the tally of all answers beside a raw scan of the same partition.
/// </summary>
public static class SurveyIngestBenchmark
{
    /// <summary>20,000 unless RECTIFY_BENCH_REPLIES says otherwise (a short run to try the path).</summary>
    public static readonly int Replies = BenchEnvironment.Int("RECTIFY_BENCH_REPLIES", 20_000);

    public static async Task RunAsync(string connectionString)
    {
        var prefix = "benchsurv" + Guid.NewGuid().ToString("N")[..8];
        var settings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = connectionString,
            ["AzureWebJobsStorage"] = connectionString,
            ["Storage:TablePrefix"] = prefix,
            ["Storage:QueuePrefix"] = prefix,
            ["AzureFunctionsJobHost:extensions:queues:maxPollingInterval"] = "00:00:00.200",
            ["Logging:LogLevel:Default"] = Environment.GetEnvironmentVariable("RECTIFY_BENCH_LOG") ?? "Warning",
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        await using var producer = new ServiceCollection().AddRectifyBotStorage(configuration).AddRectifyBotQueues(configuration).BuildServiceProvider();
        var now = DateTimeOffset.UtcNow;
        var survey = new Survey
        {
            Id = "BENCH-" + Guid.NewGuid().ToString("N")[..8],
            UnitCode = "BENCH",
            UnitName = "基准测试单位",
            Window = new SurveyWindow(now.AddDays(-1), now.AddDays(7)),
            Seed = 1,
            AskedCounts = Enum.GetValues<ParticipantCategory>().ToDictionary(c => c, _ => Replies),
            CreatedByNumber = "bench",
            CreatedAt = now,
        };
        await producer.GetRequiredService<ISurveyRepository>().AddAsync(survey, [], []);

        var queue = producer.GetRequiredService<ISurveyReplyQueue>();
        var choices = Enum.GetValues<SatisfactionChoice>();
        var categories = Enum.GetValues<ParticipantCategory>();
        var box = producer.GetRequiredService<ISurveyBallotBox>();
        var table = await producer.GetRequiredService<TableClientFactory>().GetTableAsync(TableSurveyBallotBox.Table);
        var answers = await table.QueryAsync<TableEntity>(e => e.PartitionKey == survey.Id, select: ["RowKey"]).CountAsync();
        var replyQueue = new QueueClient(connectionString, QueueNames.Qualify(prefix, QueueNames.SurveyReplies));
        var run = Stopwatch.StartNew();
        var app = DevRunnerApp.Create([], new DevRunnerOptions
        {
            Assemblies = [typeof(FunctionsServiceCollectionExtensions).Assembly],
            Settings = new Dictionary<string, string?>(settings)
            {
                ["urls"] = $"http://127.0.0.1:{FreePort.Next()}",
                ["DevRunner:Functions"] = "IngestSurveyReply",
            },
        });
        await app.StartAsync();
        var ballots = 0;
        var prepared = TimeSpan.Zero;
        try
        {
            // Replies arrive while the function runs, as they do over a survey's window: the producer keeps at most
            // MaxQueued waiting, because Azurite's queue slows down with its length (a 20,000-message backlog made
            // every receive and delete cost tens of milliseconds), which Azure's queues do not.
            const int MaxQueued = 500;
            await replyQueue.CreateIfNotExistsAsync();
            var prepare = Stopwatch.StartNew();
            for (var batch = 0; batch < Replies; batch += 100)
            {
                while ((await replyQueue.GetPropertiesAsync()).Value.ApproximateMessagesCount > MaxQueued)
                {
                    await Task.Delay(100);
                }

                await Parallel.ForEachAsync(Enumerable.Range(batch, Math.Min(100, Replies - batch)), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
                    await queue.EnqueueAsync(new SurveyReply
                    {
                        SurveyId = survey.Id,
                        BallotId = Guid.NewGuid().ToString("N"),
                        Answer = new SurveyAnswer
                        {
                            Category = categories[i % categories.Length],
                            Choice = choices[i % choices.Length],
                            Opinion = i % 10 == 0 ? "希望整改措施公开，定期通报进展 #" + i.ToString(CultureInfo.InvariantCulture) : null,
                            Source = ReplySource.Teams,
                        },
                    }, ct));
            }

            prepared = prepare.Elapsed;
            while ((await replyQueue.GetPropertiesAsync()).Value.ApproximateMessagesCount > 0 && run.Elapsed < TimeSpan.FromMinutes(20))
            {
                await Task.Delay(200);
            }

            ballots = await table.QueryAsync<TableEntity>(e => e.PartitionKey == survey.Id && e.RowKey.CompareTo("ballot|") >= 0 && e.RowKey.CompareTo("ballot}") < 0, select: ["RowKey"]).CountAsync();
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        var ingested = run.Elapsed;

        var held = await box.HeldCountAsync(survey.Id);

        // Azurite's ceiling in the same run: 100-entity transactions from one client for 10 s (its best, docs/benchmarks.md).
        var ceilingTable = (await producer.GetRequiredService<TableClientFactory>().GetTableAsync("BenchCeiling" + Guid.NewGuid().ToString("N")[..6]));
        long partition = 0;
        var payload = new string('整', 40);
        var ceiling = await LoadLoop.RunAsync(async () =>
        {
            var p = "b" + Interlocked.Increment(ref partition).ToString(CultureInfo.InvariantCulture);
            await ceilingTable.SubmitTransactionAsync(Enumerable.Range(0, 100).Select(i =>
                new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(p, i.ToString("D3", CultureInfo.InvariantCulture)) { ["Text"] = payload })));
        }, 1, TimeSpan.FromSeconds(10));

        // Tally (the window-close function's read and count) beside a raw scan of the same partition.
        var tally = Stopwatch.StartNew();
        var written = await box.AnswersAsync(survey.Id);
        var result = SurveyTally.Of(survey, written);
        var tallied = tally.Elapsed;
        var scan = Stopwatch.StartNew();
        var scanned = await table.QueryAsync<TableEntity>(e => e.PartitionKey == survey.Id).CountAsync();
        var scanTime = scan.Elapsed;

        var rate = ballots / ingested.TotalSeconds;
        var ceilingRate = ceiling.PerSecond * 100;
        Console.WriteLine();
        Console.WriteLine($"## Survey ingestion: {Replies:N0} replies through the queue and IngestSurveyReply (was {answers} rows before)");
        Console.WriteLine("| replies counted | held at the end | seconds | replies/s | Azurite 100-entity transactions, entities/s (1 client) | ratio | producer s (paced) |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {ballots:N0} | {held} | {ingested.TotalSeconds:0.0} | {rate:0} | {ceilingRate:0} | {rate / ceilingRate:0.000} | {prepared.TotalSeconds:0.0} |"));
        Console.WriteLine();
        Console.WriteLine("| answers tallied | tally s (read + count) | raw scan of the partition: rows | raw scan s | tally ÷ scan |");
        Console.WriteLine("|---:|---:|---:|---:|---:|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {result.Answers:N0} | {tallied.TotalSeconds:0.00} | {scanned:N0} | {scanTime.TotalSeconds:0.00} | {tallied.TotalSeconds / scanTime.TotalSeconds:0.00} |"));
    }
}
