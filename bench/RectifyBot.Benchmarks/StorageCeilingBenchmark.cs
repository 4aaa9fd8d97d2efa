using System.Globalization;
using Azure.Data.Tables;

namespace RectifyBot.Benchmarks;

/// <summary>Azurite's raw rates: the storage ceiling that later figures are compared to.</summary>
public static class StorageCeilingBenchmark
{
    public static async Task RunAsync(string connectionString, TimeSpan duration)
    {
        var service = new TableServiceClient(connectionString);
        var table = service.GetTableClient("bench" + Guid.NewGuid().ToString("N")[..10]);
        await table.CreateIfNotExistsAsync();
        var payload = new string('整', 200);
        long counter = 0;

        Console.WriteLine();
        Console.WriteLine($"## Azurite raw rates ({duration.TotalSeconds:0} s each)");
        Console.WriteLine("| operation | clients | operations/s | entities/s | p50 ms | p99 ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var workers in new[] { 1, 8 })
        {
            var upsert = await LoadLoop.RunAsync(async () =>
            {
                var n = Interlocked.Increment(ref counter);
                await table.UpsertEntityAsync(new TableEntity("p" + (n % 16), n.ToString("D12", CultureInfo.InvariantCulture)) { ["Text"] = payload });
            }, workers, duration);
            Console.WriteLine(Row("single upsert", workers, upsert, 1));
        }

        foreach (var workers in new[] { 1, 8 })
        {
            var batch = await LoadLoop.RunAsync(async () =>
            {
                var partition = "b" + Interlocked.Increment(ref counter);
                var actions = Enumerable.Range(0, 100).Select(i =>
                    new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity(partition, i.ToString("D3", CultureInfo.InvariantCulture)) { ["Text"] = payload }));
                await table.SubmitTransactionAsync(actions);
            }, workers, duration);
            Console.WriteLine(Row("100-entity transaction", workers, batch, 100));
        }

        await table.DeleteAsync();
    }

    private static string Row(string name, int workers, LoadLoop.Result r, int entitiesPerOperation) =>
        string.Create(CultureInfo.InvariantCulture, $"| {name} | {workers} | {r.PerSecond:0} | {r.PerSecond * entitiesPerOperation:0} | {r.P50Ms:0.0} | {r.P99Ms:0.0} |");
}
