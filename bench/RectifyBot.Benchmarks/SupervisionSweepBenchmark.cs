using System.Diagnostics;
using System.Globalization;
using RectifyBot.Core.Delivery;
using RectifyBot.Core.Ledger;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Stages;
using RectifyBot.Core.Supervision;
using RectifyBot.Core.Supervision.Sources;
using RectifyBot.Storage;
using RectifyBot.Storage.Supervision;
using RectifyBot.Teams.Supervision;

namespace RectifyBot.Benchmarks;

/// <summary>
/// The daily supervision sweep over a large ledger (default 100,000 entries of 20,000 owners, 5 each, deadlines spread
/// over 100 days) on Azurite: entities read ÷ entities due, and time. Seeding writes each owner's entries in one
/// transaction (8 owners at a time) and the index rows in 100-row transactions per day.
/// </summary>
public static class SupervisionSweepBenchmark
{
    private static readonly DateOnly Today = new(2026, 12, 14);

    public static async Task RunAsync(string connectionString, int owners, int entriesPerOwner)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = connectionString,
            ["Storage:TablePrefix"] = "benchsup" + Guid.NewGuid().ToString("N")[..8],
        }).Build();
        await using var services = new ServiceCollection().AddLogging()
            .AddSingleton<TimeProvider>(new FixedTime(ChinaTime.StartOfDayUtc(Today).AddHours(9)))
            .AddSingleton<IDeliveryQueue, NoQueue>()
            .AddRectifyBotStorage(configuration)
            .AddRectifyBotSupervision(configuration)
            .BuildServiceProvider();
        var roster = RosterImportBenchmark.Generate();
        await services.GetRequiredService<IRosterRepository>().SaveNewVersionAsync(roster, "bench", "benchmark", DateTimeOffset.UtcNow);
        var numbers = roster.People.Select(p => p.Number).Take(owners).ToList();

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"## Supervision sweep: {numbers.Count * entriesPerOwner:N0} ledger entries, {numbers.Count:N0} owners, day {Today:yyyy-MM-dd}"));
        var measures = services.GetRequiredService<IMeasureRepository>();
        var index = (TableDueIndex)services.GetRequiredService<IDueIndex>();
        var options = services.GetRequiredService<SupervisionOptions>();
        var seed = Stopwatch.StartNew();
        var due = 0;
        var rows = new List<DueIndexRow>();
        var entries = numbers.Select((number, o) => (number, Enumerable.Range(0, entriesPerOwner).Select(i => Entry(number, o * entriesPerOwner + i)).ToList())).ToList();
        foreach (var (_, list) in entries)
        {
            foreach (var entry in list)
            {
                var obligation = LedgerDeadlineSource.ObligationOf(entry, null)!;
                due += ObligationCalendar.Between(obligation, Today, Today, options.EscalateAfterDays).Any() ? 1 : 0;
            }
        }

        // The index as the transitions would have left it on the eve: each entry's next reminder day from today.
        rows.AddRange(SupervisionIndexing.RowsFor(entries.SelectMany(e => e.Item2).Select(e => LedgerDeadlineSource.ObligationOf(e, null)!), Today, options.EscalateAfterDays));
        await Parallel.ForEachAsync(entries, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (owner, ct) =>
            await measures.SaveAsync(new MeasureChange { AuthorNumber = owner.number, Entries = owner.Item2 }, ct));
        await index.WriteAsync(rows);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Seeded in {seed.Elapsed.TotalSeconds:0} s ({rows.Count:N0} index rows)."));

        var before = index.EntitiesRead;
        var clock = Stopwatch.StartNew();
        var result = await services.GetRequiredService<SupervisionSweep>().RunAsync();
        var seconds = clock.Elapsed.TotalSeconds;
        var indexRead = index.EntitiesRead - before;
        // Each member partition read holds exactly the owner's entries (no versions, history or notes were seeded).
        var entitiesRead = indexRead + (result.MeasuresRead * (long)entriesPerOwner);
        Console.WriteLine("| entries | owners | entities due | index rows read | member partitions read | entities read | read ÷ due | reminders logged | seconds |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {numbers.Count * entriesPerOwner:N0} | {numbers.Count:N0} | {due:N0} | {indexRead:N0} | {result.MeasuresRead:N0} | {entitiesRead:N0} | {(double)entitiesRead / Math.Max(1, due):0.00} | {result.Reminders:N0} | {seconds:0.0} |"));
    }

    private static LedgerEntry Entry(string owner, int n) => new()
    {
        Id = LedgerEntry.MeasureEntryId(owner, 1, n % 100),
        Source = LedgerSource.Measure,
        OwnerNumber = owner,
        ResponsiblePersonNumber = owner,
        ApprovedByNumber = "bench",
        Deadline = Today.AddDays(-50 + (n * 7919 % 100)),
        Handling = HandlingKind.FixNow,
        Area = ProblemArea.Work,
        Problem = "基准测试问题",
        Measures = "基准测试措施",
        CreatedAt = DateTimeOffset.UnixEpoch,
    };

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private sealed class NoQueue : IDeliveryQueue
    {
        public Task EnqueueAsync(OutboxMessageId id, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}
