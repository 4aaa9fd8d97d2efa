using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using RectifyBot.Core.Delivery;
using RectifyBot.Storage.Tables;

namespace RectifyBot.Storage.Delivery;

/// <summary>
/// The send budget shared through Table Storage as one cursor: the next free send moment of the whole app (row
/// <see cref="CursorRow"/> of table <see cref="TableName"/>), changed only with the ETag this instance last read or
/// wrote it with (optimistic concurrency). A taker reserves <see cref="SendBudgetOptions.ChunkSize"/> moments at once,
/// <see cref="SendBudgetOptions.Spacing"/> apart from the later of the cursor and now, and moves the cursor past them;
/// so every moment any instance hands out is at least Spacing after the one before it, and no sliding second holds more
/// than <see cref="SendBudgetOptions.PerSecond"/>. A moment that has passed when its taker comes is moved to now and the
/// chunk's later moments after it (never past the chunk's end): a late taker gets later moments, it does not send a
/// bunch of past ones at once. The next chunk is reserved, without waiting, when less than half of the current one is
/// left, so the round trip overlaps the sends instead of delaying the chunk's first moments. When this instance wrote
/// the cursor last, its next reservation is a single conditional write with the ETag it already has; only another
/// instance's write in between costs a read.
/// </summary>
public sealed class TableSendBudget : ISendBudget, IDisposable
{
    public const string TableName = "SendBudget";

    public const string CursorRow = "cursor";

    private const string Partition = "budget";

    private readonly TableClientFactory _tables;
    private readonly SendBudgetOptions _options;
    private readonly TimeProvider _clock;
    private readonly long _spacing;
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>This instance's next unused moment and the end of its reservation (UTC ticks): a moment m is usable while m + spacing ≤ end.</summary>
    private long _next;
    private long _end;

    /// <summary>The following reservation, made before the current one ran out; valid once <see cref="_reserving"/> has completed.</summary>
    private long _aheadStart;
    private long _aheadEnd;

    /// <summary>The reservation in flight or done and not yet used (null = none); not tied to one taker's cancellation.</summary>
    private Task? _reserving;

    /// <summary>The cursor row as this instance last read or wrote it; <see cref="_known"/> false = read before writing.</summary>
    private bool _known;
    private ETag? _etag;
    private long _cursor;
    private long _storageCalls;
    private long _taken;
    private long _late;

    public TableSendBudget(TableClientFactory tables, IOptions<SendBudgetOptions> options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        _tables = tables ?? throw new ArgumentNullException(nameof(tables));
        _options = options.Value;
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        if (!_options.IsValid)
        {
            throw new ArgumentException("Delivery:Budget needs PerSecond ≥ 1, 1 ≤ ChunkSize ≤ PerSecond and 0 ≤ Guard < 1 second.", nameof(options));
        }

        _spacing = _options.Spacing.Ticks;
    }

    /// <summary>Storage round trips this instance made (reads and writes), for tests and the benchmark.</summary>
    public long StorageCalls => Interlocked.Read(ref _storageCalls);

    /// <summary>Moments this instance handed out.</summary>
    public long Taken => Interlocked.Read(ref _taken);

    /// <summary>Moments handed out to a taker that came after the next moment had passed (it got now instead): the senders, not the budget, were behind.</summary>
    public long LateTakes => Interlocked.Read(ref _late);

    public async ValueTask<DateTimeOffset> TakeSlotAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (true)
            {
                var now = _clock.GetUtcNow().UtcTicks;
                var moment = Math.Max(_next, now);
                if (moment + _spacing > _end)
                {
                    // This chunk is used up: wait for the next one (normally reserved already) and look again.
                    var reserving = _reserving ??= ReserveAsync();
                    try
                    {
                        await reserving.WaitAsync(cancellationToken).ConfigureAwait(false);
                    }
                    finally
                    {
                        if (reserving.IsCompleted)
                        {
                            _reserving = null;
                        }
                    }

                    (_next, _end) = (_aheadStart, _aheadEnd);
                    continue;
                }

                if (_reserving is null && _end - moment - _spacing < _spacing * _options.ChunkSize / 2)
                {
                    // Less than half a chunk left after this moment: reserve the next chunk now, without waiting for
                    // it, so its round trip overlaps the sends of this one instead of making a taker late.
                    _reserving = ReserveAsync();
                }

                Interlocked.Increment(ref _taken);
                if (now > _next)
                {
                    Interlocked.Increment(ref _late);
                }

                _next = moment + _spacing;
                if (moment > now)
                {
                    await Task.Delay(TimeSpan.FromTicks(moment - now), _clock, cancellationToken).ConfigureAwait(false);
                }

                return new DateTimeOffset(moment, TimeSpan.Zero);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    /// <summary>Moves the shared cursor past a chunk of moments starting at the later of the cursor and now, and makes them this instance's following reservation.</summary>
    private async Task ReserveAsync()
    {
        var table = await _tables.GetTableAsync(TableName, CancellationToken.None).ConfigureAwait(false);
        while (true)
        {
            if (!_known)
            {
                Interlocked.Increment(ref _storageCalls);
                var found = await table.GetEntityIfExistsAsync<TableEntity>(Partition, CursorRow, cancellationToken: CancellationToken.None).ConfigureAwait(false);
                (_etag, _cursor) = found.HasValue ? (found.Value!.ETag, found.Value.GetInt64("Next") ?? 0) : ((ETag?)null, 0L);
                _known = true;
            }

            var start = Math.Max(_cursor, _clock.GetUtcNow().UtcTicks);
            var end = start + (_spacing * _options.ChunkSize);
            var entity = new TableEntity(Partition, CursorRow) { ["Next"] = end };
            Interlocked.Increment(ref _storageCalls);
            try
            {
                var response = _etag is { } etag
                    ? await table.UpdateEntityAsync(entity, etag, TableUpdateMode.Replace, CancellationToken.None).ConfigureAwait(false)
                    : await table.AddEntityAsync(entity, CancellationToken.None).ConfigureAwait(false);
                (_etag, _cursor, _known) = (response.Headers.ETag, end, response.Headers.ETag is not null);
                (_aheadStart, _aheadEnd) = (start, end);
                return;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                // Another instance moved the cursor since this one last saw it: read it again.
                _known = false;
            }
        }
    }
}
