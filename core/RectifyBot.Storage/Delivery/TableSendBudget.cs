using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using RectifyBot.Core.Delivery;
using RectifyBot.Storage.Tables;

namespace RectifyBot.Storage.Delivery;

/// <summary>
/// The send budget shared through Table Storage: one row per UTC second counts the slots every instance took in that
/// second, changed only with the ETag it was read with (optimistic concurrency), so the instances together never take
/// more than <see cref="SendBudgetOptions.SlotsPerSecond"/> (PerSecond less a guard against arrival jitter) in one second. An instance takes
/// <see cref="SendBudgetOptions.ChunkSize"/> slots per storage round trip and hands them out one by one; slot n of a
/// second is due n/SlotsPerSecond into it, so sends are spread over the second instead of bursting at its start.
/// The rows form a ring of <see cref="RingSize"/> (row key = second mod 60): a row from an older second is reset by
/// the first taker of its new second, so the table never grows.
/// </summary>
public sealed class TableSendBudget : ISendBudget, IDisposable
{
    public const string TableName = "SendBudget";

    public const int RingSize = 60;

    private const string Partition = "budget";

    private readonly TableClientFactory _tables;
    private readonly SendBudgetOptions _options;
    private readonly TimeProvider _clock;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private long _window = long.MinValue;
    private int _next;
    private int _end;
    private long _storageCalls;

    public TableSendBudget(TableClientFactory tables, IOptions<SendBudgetOptions> options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        _tables = tables ?? throw new ArgumentNullException(nameof(tables));
        _options = options.Value;
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        if (!_options.IsValid)
        {
            throw new ArgumentException("Delivery:Budget needs PerSecond ≥ 1, 0 ≤ GuardSlots < PerSecond and 1 ≤ ChunkSize ≤ PerSecond − GuardSlots.", nameof(options));
        }
    }

    /// <summary>Storage round trips this instance made (reads and writes), for the benchmark.</summary>
    public long StorageCalls => Interlocked.Read(ref _storageCalls);

    public async ValueTask<DateTimeOffset> TakeSlotAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (true)
            {
                var now = _clock.GetUtcNow();
                var second = now.ToUnixTimeSeconds();
                if (_window == second && _next < _end)
                {
                    var due = DateTimeOffset.FromUnixTimeSeconds(second) + (TimeSpan.FromSeconds(1) * _next / _options.SlotsPerSecond);
                    _next++;
                    if (due > now)
                    {
                        await Task.Delay(due - now, _clock, cancellationToken).ConfigureAwait(false);
                    }

                    return due;
                }

                var (first, count) = await TakeChunkAsync(second, cancellationToken).ConfigureAwait(false);
                if (count > 0)
                {
                    (_window, _next, _end) = (second, first, first + count);
                    continue;
                }

                // This second's budget is spent: wait for the next one.
                var nextSecond = DateTimeOffset.FromUnixTimeSeconds(second + 1);
                var wait = nextSecond - _clock.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, _clock, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    /// <summary>Claims up to a chunk of <paramref name="second"/>'s slots; returns the first slot's number and how many were claimed (0 = spent).</summary>
    private async Task<(int First, int Count)> TakeChunkAsync(long second, CancellationToken cancellationToken)
    {
        var table = await _tables.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        var rowKey = (second % RingSize).ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
        while (true)
        {
            Interlocked.Increment(ref _storageCalls);
            var found = await table.GetEntityIfExistsAsync<TableEntity>(Partition, rowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
            var row = found.HasValue ? found.Value : null;
            var window = row?.GetInt64("Window") ?? long.MinValue;
            if (window > second)
            {
                // Another instance's clock is ahead and already reused this row: treat this second as spent.
                return (0, 0);
            }

            var taken = window == second ? row!.GetInt32("Taken") ?? 0 : 0;
            var count = Math.Min(_options.ChunkSize, _options.SlotsPerSecond - taken);
            if (count <= 0)
            {
                return (0, 0);
            }

            var entity = new TableEntity(Partition, rowKey) { ["Window"] = second, ["Taken"] = taken + count };
            Interlocked.Increment(ref _storageCalls);
            try
            {
                if (row is null)
                {
                    await table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await table.UpdateEntityAsync(entity, row.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                }

                return (taken, count);
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                // Another taker changed the row since it was read: read it again.
            }
        }
    }
}
