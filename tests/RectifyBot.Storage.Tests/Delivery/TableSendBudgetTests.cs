using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RectifyBot.Core.Delivery;
using RectifyBot.Storage.Delivery;
using RectifyBot.Storage.Tables;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Storage.Tests.Delivery;

[Collection(AzuriteCollection.Name)]
public sealed class TableSendBudgetTests(AzuriteFixture azurite)
{
    private TableClientFactory Tables(string prefix) =>
        new(Options.Create(new StorageOptions { ConnectionString = azurite.ConnectionString, TablePrefix = prefix }));

    private static TableSendBudget Budget(TableClientFactory tables, int perSecond, int chunk, TimeProvider clock, int guard = 0) =>
        new(tables, Options.Create(new SendBudgetOptions { PerSecond = perSecond, ChunkSize = chunk, GuardSlots = guard }), clock);

    [Fact]
    public async Task Four_instances_with_four_takers_each_never_take_more_than_the_budget_in_any_second_and_never_the_same_slot_twice()
    {
        const int PerSecond = 20;
        var prefix = AzuriteFixture.UniquePrefix();
        // Four "instances": each its own budget object and table client over the same table, as separate hosts would be.
        var instances = Enumerable.Range(0, 4).Select(_ => Budget(Tables(prefix), PerSecond, chunk: 3, TimeProvider.System)).ToList();
        var slots = new System.Collections.Concurrent.ConcurrentBag<DateTimeOffset>();
        using var run = new CancellationTokenSource(TimeSpan.FromSeconds(3.5));

        await Task.WhenAll(instances.SelectMany(budget => Enumerable.Range(0, 4).Select(async _ =>
        {
            try
            {
                while (true)
                {
                    slots.Add(await budget.TakeSlotAsync(run.Token));
                }
            }
            catch (OperationCanceledException)
            {
                // The run is over.
            }
        })));

        var perSecond = slots.GroupBy(s => s.ToUnixTimeSeconds()).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(perSecond, second => Assert.InRange(second.Value, 1, PerSecond));
        Assert.Equal(slots.Count, slots.Distinct().Count());
        // Demand far above the budget: the budget is used, not only respected (at least half of 3 full seconds).
        Assert.True(slots.Count >= PerSecond * 3 / 2, $"only {slots.Count} slots were taken in 3.5 s at {PerSecond}/s");
        foreach (var budget in instances)
        {
            budget.Dispose();
        }
    }

    [Fact]
    public async Task A_spent_second_waits_for_the_next_and_a_row_is_reused_a_minute_later_so_the_table_stays_small()
    {
        var prefix = AzuriteFixture.UniquePrefix();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 1, 0, 0, TimeSpan.Zero));
        var start = clock.GetUtcNow();
        using var budget = Budget(Tables(prefix), perSecond: 2, chunk: 2, clock);

        var first = await budget.TakeSlotAsync();
        var second = await AdvanceUntilDoneAsync(clock, budget.TakeSlotAsync().AsTask());
        var third = await AdvanceUntilDoneAsync(clock, budget.TakeSlotAsync().AsTask());
        clock.Advance(TimeSpan.FromMinutes(1) - TimeSpan.FromTicks((clock.GetUtcNow() - start).Ticks % TimeSpan.TicksPerSecond));
        var nextMinute = await AdvanceUntilDoneAsync(clock, budget.TakeSlotAsync().AsTask());

        Assert.Equal(start, first);
        Assert.Equal(start.AddSeconds(0.5), second);
        Assert.Equal(start.AddSeconds(1), third);
        Assert.Equal(0, (nextMinute - start).Ticks % TimeSpan.TicksPerSecond);
        Assert.True(nextMinute - start >= TimeSpan.FromMinutes(1));
        var rows = await (await Tables(prefix).GetTableAsync(TableSendBudget.TableName)).QueryAsync<TableEntity>().ToListAsync();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, row => Assert.InRange(row.GetInt32("Taken")!.Value, 1, 2));
    }

    [Fact]
    public async Task With_a_guard_slot_each_send_may_arrive_up_to_one_slot_late_without_exceeding_the_cap_in_any_sliding_second()
    {
        const int Cap = 10;
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 1, 0, 0, TimeSpan.Zero));
        using var budget = Budget(Tables(AzuriteFixture.UniquePrefix()), Cap, chunk: 3, clock, guard: 1);
        var slots = new List<DateTimeOffset>();
        for (var i = 0; i < 3 * (Cap - 1); i++)
        {
            slots.Add(await AdvanceUntilDoneAsync(clock, budget.TakeSlotAsync().AsTask()));
        }

        // Nine slots a second, 1/9 s apart; then each arrival is late by anything up to (not including) one interval.
        Assert.All(slots.GroupBy(s => s.ToUnixTimeSeconds()), second => Assert.Equal(Cap - 1, second.Count()));
        var interval = TimeSpan.FromSeconds(1) / (Cap - 1);
        var random = new Random(7);
        var arrivals = slots.Select(s => s + (interval * random.NextDouble() * 0.99)).ToList();
        foreach (var arrival in arrivals)
        {
            // Teams' count at that arrival: the requests of the second up to it, itself included.
            Assert.InRange(arrivals.Count(a => a > arrival - TimeSpan.FromSeconds(1) && a <= arrival), 1, Cap);
        }
    }

    [Fact]
    public void A_guard_that_leaves_no_slot_or_a_chunk_larger_than_the_slots_is_refused()
    {
        var tables = Tables(AzuriteFixture.UniquePrefix());
        Assert.Throws<ArgumentException>(() => Budget(tables, perSecond: 5, chunk: 1, TimeProvider.System, guard: 5));
        Assert.Throws<ArgumentException>(() => Budget(tables, perSecond: 5, chunk: 5, TimeProvider.System, guard: 1));
        using var fine = Budget(tables, perSecond: 5, chunk: 4, TimeProvider.System, guard: 1);
    }

    /// <summary>Moves the fake clock on in small steps until the take completes (it waits on the clock between storage calls).</summary>
    private static async Task<DateTimeOffset> AdvanceUntilDoneAsync(FakeTimeProvider clock, Task<DateTimeOffset> take)
    {
        while (!take.IsCompleted)
        {
            await Task.WhenAny(take, Task.Delay(20));
            if (!take.IsCompleted)
            {
                clock.Advance(TimeSpan.FromMilliseconds(100));
            }
        }

        return await take;
    }
}
