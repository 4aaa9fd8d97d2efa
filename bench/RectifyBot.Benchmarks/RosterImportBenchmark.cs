using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Options;
using RectifyBot.Core.Roster;
using RectifyBot.Storage;
using RectifyBot.Storage.Roster;
using RectifyBot.Storage.Tables;

namespace RectifyBot.Benchmarks;

/// <summary>
/// Saving a 20,000-person roster (400 units) as a new version: time, people/s, and storage transactions counted
/// against the minimum Σ⌈entities/100⌉ per partition. Three saves in a row (the first one cold), then one full load.
/// </summary>
public static class RosterImportBenchmark
{
    public const int Units = 400;
    public const int PeoplePerUnit = 50;
    private const int Saves = 3;

    public static async Task RunAsync(string connectionString)
    {
        var tables = new TableClientFactory(Options.Create(new StorageOptions
        {
            ConnectionString = connectionString,
            TablePrefix = "benchroster" + Guid.NewGuid().ToString("N")[..8],
        }));
        var roster = Generate();
        var counter = new CountingObserver();
        var repository = new TableRosterRepository(tables, counter);

        Console.WriteLine();
        Console.WriteLine($"## Roster import: {roster.People.Count:N0} people, {roster.Units.Count} units, parallelism {TableRosterRepository.SaveParallelism}");
        Console.WriteLine("| save | seconds | people/s | transactions used | minimum Σ⌈entities/100⌉ | single-copy minimum | entities | partitions |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (var i = 1; i <= Saves; i++)
        {
            counter.Reset();
            var clock = Stopwatch.StartNew();
            await repository.SaveNewVersionAsync(roster, "bench", "benchmark", DateTimeOffset.UtcNow);
            var seconds = clock.Elapsed.TotalSeconds;
            var plan = repository.LastSavePlan!;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {i}{(i == 1 ? " (cold)" : "")} | {seconds:0.00} | {roster.People.Count / seconds:0} | {counter.Transactions} | {plan.MinimumTransactions} | {plan.SingleCopyMinimum} | {plan.Entities} | {plan.Partitions} |"));
        }

        var load = Stopwatch.StartNew();
        var loaded = await repository.LoadCurrentAsync();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Full load of the current version: {loaded.People.Count:N0} people in {load.Elapsed.TotalSeconds:0.00} s."));

        var point = Stopwatch.StartNew();
        const int Lookups = 200;
        foreach (var person in roster.People.Take(Lookups))
        {
            await repository.FindByNumberAsync(person.Number);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"FindByNumberAsync (pointer read + index read + binding read): {point.Elapsed.TotalMilliseconds / Lookups:0.0} ms each, sequential."));
    }

    /// <summary>400 branches under 20 committees, 50 people each: a secretary, a committee member, members, some non-members.</summary>
    public static Roster Generate()
    {
        var units = new List<OrganisationUnit> { new("U", "大学党委", UnitKind.UniversityCommittee, null) };
        var people = new List<Person>(Units * PeoplePerUnit);
        for (var c = 0; c < 20; c++)
        {
            units.Add(new OrganisationUnit(Code("C", c), "第" + c + "二级党委", UnitKind.SecondaryCommittee, "U"));
        }

        for (var u = 0; u < Units - 21; u++)
        {
            var branch = Code("B", u);
            units.Add(new OrganisationUnit(branch, "第" + u + "党支部", UnitKind.Branch, Code("C", u % 20)));
        }

        var branches = units.Where(x => x.Kind == UnitKind.Branch).Select(x => x.Code).ToList();
        for (var i = 0; i < Units * PeoplePerUnit; i++)
        {
            var branch = branches[i % branches.Count];
            var number = "2024" + i.ToString("D6", CultureInfo.InvariantCulture);
            var slot = i / branches.Count;
            people.Add(new Person
            {
                Number = number,
                Name = "欧阳" + i.ToString(CultureInfo.InvariantCulture),
                Upn = "s" + number + "@example.edu.cn",
                Email = "s" + number + "@example.edu.cn",
                PartyUnitCode = slot % 10 == 9 ? null : branch,
                PartyStatus = slot % 10 == 9 ? PartyStatus.None : PartyStatus.Full,
                Positions = slot switch
                {
                    0 => [new(Position.BranchSecretary, branch), new(Position.BranchCommitteeMember, branch)],
                    1 => [new(Position.BranchCommitteeMember, branch)],
                    _ => [],
                },
                ClassName = "计科" + (i % 300).ToString(CultureInfo.InvariantCulture),
                Year = (i % 4) + 1,
                StudentLevel = StudentLevel.Undergraduate,
                Major = "计算机科学与技术",
            });
        }

        return new Roster(units, people);
    }

    private static string Code(string prefix, int n) => prefix + n.ToString("D3", CultureInfo.InvariantCulture);

    private sealed class CountingObserver : IRosterWriteObserver
    {
        private int _transactions;

        public int Transactions => Volatile.Read(ref _transactions);

        public void Reset() => Volatile.Write(ref _transactions, 0);

        public void TransactionSubmitted(string table, string partitionKey, int entities) => Interlocked.Increment(ref _transactions);
    }
}
