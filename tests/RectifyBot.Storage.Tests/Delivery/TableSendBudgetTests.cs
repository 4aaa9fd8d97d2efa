using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RectifyBot.Core.Delivery;
using RectifyBot.Storage.Delivery;
using RectifyBot.Storage.Tables;
using RectifyBot.Testing.Connector;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Storage.Tests.Delivery;

[Collection(AzuriteCollection.Name)]
public sealed class TableSendBudgetTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 1, 0, 0, TimeSpan.Zero);

    private TableClientFactory Tables(string prefix) =>
        new(Options.Create(new StorageOptions { ConnectionString = azurite.ConnectionString, TablePrefix = prefix }));

    private static TableSendBudget Budget(TableClientFactory tables, int perSecond, int chunk, TimeProvider clock, TimeSpan? guard = null) =>
        new(tables, Options.Create(new SendBudgetOptions { PerSecond = perSecond, ChunkSize = chunk, Guard = guard ?? TimeSpan.Zero }), clock);

    [Fact]
    public async Task Two_instances_with_four_takers_each_hand_out_moments_at_least_the_spacing_apart_and_never_more_than_PerSecond_in_a_sliding_second()
    {
        const int PerSecond = 20;
        var prefix = AzuriteFixture.UniquePrefix();
        // Two "instances": each its own budget object and table client over the same table, as separate hosts would be.
        var instances = Enumerable.Range(0, 2).Select(_ => Budget(Tables(prefix), PerSecond, chunk: 3, TimeProvider.System)).ToList();
        var moments = new ConcurrentBag<DateTimeOffset>();
        // Warmed up first (the first storage calls of a process are slow), then 3 s of demand far above the budget.
        foreach (var budget in instances)
        {
            moments.Add(await budget.TakeSlotAsync());
        }

        using var run = new CancellationTokenSource(TimeSpan.FromSeconds(3));

        await Task.WhenAll(instances.SelectMany(budget => Enumerable.Range(0, 4).Select(async _ =>
        {
            try
            {
                while (true)
                {
                    moments.Add(await budget.TakeSlotAsync(run.Token));
                }
            }
            catch (OperationCanceledException)
            {
                // The run is over.
            }
        })));

        var sorted = moments.Order().ToList();
        var spacing = TimeSpan.FromSeconds(1) / PerSecond;
        Assert.All(sorted.Zip(sorted.Skip(1)), pair => Assert.True(pair.Second - pair.First >= spacing, $"{pair.First:HH:mm:ss.fffffff} and {pair.Second:HH:mm:ss.fffffff} are closer than {spacing}"));
        Assert.InRange(MostInAnySlidingSecond(sorted), 1, PerSecond);
        // Moments were handed out during the run; how fully the budget is used is measured on the simulated clock below
        // and in the benchmark, not here, where a busy machine decides how many takes fit in 3 s.
        Assert.True(sorted.Count > instances.Count, "no moment was taken during the run");
        Assert.Single(await (await Tables(prefix).GetTableAsync(TableSendBudget.TableName)).QueryAsync<TableEntity>().ToListAsync());
        instances.ForEach(budget => budget.Dispose());
    }

    [Theory]
    [InlineData(10, 0)]
    [InlineData(0, 1)]
    public async Task Sends_of_two_instances_arriving_up_to_the_guard_late_meet_no_429_at_the_throttling_connector_and_without_the_guard_they_do(int guardMilliseconds, int expectAtLeast429s)
    {
        const int Cap = 20;
        var clock = new SimulatedClock(Start);
        var prefix = AzuriteFixture.UniquePrefix();
        using var a = Budget(Tables(prefix), Cap, chunk: 3, clock, TimeSpan.FromMilliseconds(guardMilliseconds));
        using var b = Budget(Tables(prefix), Cap, chunk: 4, clock, TimeSpan.FromMilliseconds(guardMilliseconds));
        // Two busy hosts, each taking moments as fast as it gets them for 4 s; their writes meet each other's changed ETags.
        var taken = new ConcurrentBag<DateTimeOffset>();
        var until = Start.AddSeconds(4);
        await clock.RunAsync([.. new[] { a, b }.Select(budget => (Func<Task>)(async () =>
        {
            DateTimeOffset moment;
            do
            {
                taken.Add(moment = await budget.TakeSlotAsync());
            }
            while (moment < until);
        }))]);
        var moments = taken.Where(m => m < until).Order().ToList();

        // Each send arrives at the connector anything up to (not including) 10 ms after its moment, in arrival order.
        var lag = new Random(7);
        var arrivals = moments.Select(m => m + (TimeSpan.FromMilliseconds(10) * lag.NextDouble() * 0.99)).Order().ToList();
        var connectorClock = new FakeTimeProvider(Start);
        await using var connector = await FakeBotConnector.StartAsync(connectorClock);
        connector.LimitAppRate(Cap);
        using var http = new HttpClient { BaseAddress = connector.BaseUrl };
        foreach (var (arrival, n) in arrivals.Select((arrival, n) => (arrival, n)))
        {
            connectorClock.SetUtcNow(arrival);
            using var response = await http.PostAsJsonAsync($"v3/conversations/a:{n}/activities", new { type = "message", text = n.ToString(CultureInfo.InvariantCulture) });
        }

        var throttled = connector.Requests.Count(r => r.Reply is ConnectorReply.Refused { StatusCode: 429 });
        if (expectAtLeast429s == 0)
        {
            Assert.Equal(0, throttled);
            Assert.All(connector.Requests, r => Assert.IsType<ConnectorReply.Accepted>(r.Reply));
        }
        else
        {
            Assert.True(throttled >= expectAtLeast429s, $"only {throttled} sends were refused with moments exactly 1/{Cap} s apart");
        }

        // Nothing lapsed between the instances: the moments are back to back, (1 s + guard) ÷ Cap apart.
        var spacing = (TimeSpan.FromSeconds(1) + TimeSpan.FromMilliseconds(guardMilliseconds)) / Cap;
        Assert.Equal(moments.Select((_, k) => Start + (spacing * k)), moments);
        Assert.Equal(Cap, MostInAnySlidingSecond(moments));
    }

    [Fact]
    public async Task A_late_taker_gets_moments_from_now_on_spaced_as_ever_instead_of_the_past_moments_of_its_chunk()
    {
        const int PerSecond = 10;
        var clock = new SimulatedClock(Start);
        var prefix = AzuriteFixture.UniquePrefix();
        using var budget = Budget(Tables(prefix), PerSecond, chunk: 5, clock);
        using var other = Budget(Tables(prefix), PerSecond, chunk: 5, clock);
        var spacing = TimeSpan.FromSeconds(1) / PerSecond;

        var first = await clock.TakeAsync(budget);
        var second = await clock.TakeAsync(budget);
        // The taker comes back 0.25 s later: its chunk's moments at 0.2, 0.3 and 0.4 s are partly past.
        clock.Advance(TimeSpan.FromMilliseconds(250));
        var late = new List<DateTimeOffset>();
        for (var i = 0; i < 4; i++)
        {
            late.Add(await clock.TakeAsync(budget));
        }

        // Another instance idle until 2 s later starts from its now, not from the cursor left behind in the past.
        clock.Advance(TimeSpan.FromSeconds(2));
        var idleUntil = clock.GetUtcNow();
        var fromIdle = await clock.TakeAsync(other);

        Assert.Equal(Start, first);
        Assert.Equal(Start + spacing, second);
        // 0.35 s is now; its chunk still has room for 0.35 s but not for 0.45 s, so the next chunk starts at its end (0.5 s).
        Assert.Equal([Start.AddSeconds(0.35), Start.AddSeconds(0.5), Start.AddSeconds(0.6), Start.AddSeconds(0.7)], late);
        Assert.Equal(idleUntil, fromIdle);
    }

    [Fact]
    public async Task One_instance_alone_reserves_each_chunk_with_a_single_conditional_write_and_the_table_holds_one_row()
    {
        var clock = new SimulatedClock(Start);
        var prefix = AzuriteFixture.UniquePrefix();
        using var budget = Budget(Tables(prefix), perSecond: 10, chunk: 5, clock);
        for (var i = 0; i < 20; i++)
        {
            await clock.TakeAsync(budget);
        }

        // The first chunk reads the (absent) cursor and adds it; the next four (one reserved ahead, while the fourth
        // chunk is in use) are each one write with the ETag already known.
        Assert.Equal(6, budget.StorageCalls);
        var rows = await (await Tables(prefix).GetTableAsync(TableSendBudget.TableName)).QueryAsync<TableEntity>().ToListAsync();
        var row = Assert.Single(rows);
        Assert.Equal(TableSendBudget.CursorRow, row.RowKey);
        Assert.Equal((Start + TimeSpan.FromSeconds(2.5)).UtcTicks, row.GetInt64("Next"));
    }

    [Fact]
    public void A_chunk_larger_than_PerSecond_or_a_guard_of_a_second_or_more_is_refused()
    {
        var tables = Tables(AzuriteFixture.UniquePrefix());
        Assert.Throws<ArgumentException>(() => Budget(tables, perSecond: 5, chunk: 6, TimeProvider.System));
        Assert.Throws<ArgumentException>(() => Budget(tables, perSecond: 5, chunk: 0, TimeProvider.System));
        Assert.Throws<ArgumentException>(() => Budget(tables, perSecond: 5, chunk: 5, TimeProvider.System, TimeSpan.FromSeconds(1)));
        using var fine = Budget(tables, perSecond: 5, chunk: 5, TimeProvider.System, TimeSpan.FromMilliseconds(10));
    }

    /// <summary>The most moments in any half-open second (t − 1 s, t], as Teams counts when a request arrives at t.</summary>
    private static int MostInAnySlidingSecond(List<DateTimeOffset> sorted) =>
        sorted.Select((m, i) => i - sorted.FindIndex(o => o > m - TimeSpan.FromSeconds(1)) + 1).DefaultIfEmpty(0).Max();

    /// <summary>
    /// A fake clock that moves only when every actor waits on it, to the earliest moment one of them waits for: storage
    /// round trips take no simulated time, so the moments are exact whatever the machine's load.
    /// </summary>
    private sealed class SimulatedClock(DateTimeOffset start) : FakeTimeProvider(start)
    {
        private readonly List<DateTimeOffset> _waits = [];

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var due = GetUtcNow() + dueTime;
            lock (_waits)
            {
                _waits.Add(due);
            }

            return base.CreateTimer(
                s =>
                {
                    lock (_waits)
                    {
                        _waits.Remove(due);
                    }

                    callback(s);
                },
                state,
                dueTime,
                period);
        }

        public async Task<DateTimeOffset> TakeAsync(TableSendBudget budget)
        {
            var moment = DateTimeOffset.MinValue;
            await RunAsync([async () => moment = await budget.TakeSlotAsync()]);
            return moment;
        }

        public async Task RunAsync(IReadOnlyList<Func<Task>> actors)
        {
            var running = actors.Select(actor => Task.Run(actor)).ToList();
            var all = Task.WhenAll(running);
            while (!all.IsCompleted)
            {
                DateTimeOffset? next = null;
                lock (_waits)
                {
                    if (_waits.Count > 0 && _waits.Count >= running.Count(t => !t.IsCompleted))
                    {
                        next = _waits.Min();
                    }
                }

                if (next is { } due)
                {
                    Advance(due > GetUtcNow() ? due - GetUtcNow() : TimeSpan.Zero);
                }
                else
                {
                    await Task.WhenAny(all, Task.Delay(1));
                }
            }

            await all;
        }
    }
}
