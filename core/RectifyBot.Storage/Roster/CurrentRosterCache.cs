using System.Globalization;
using RectifyBot.Core.Roster;

namespace RectifyBot.Storage.Roster;

using Roster = RectifyBot.Core.Roster.Roster;

/// <summary>
/// The current roster version kept in memory, so a turn costs two small requests (the pointer and the binding log)
/// instead of reading every person. A new version replaces it whole; bindings made since, by any instance, are
/// found in the binding log (docs/storage.md, "Roster cache") and re-read from their authoritative rows.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "A SemaphoreSlim whose wait handle is never asked for holds nothing to dispose; the cache lives as long as its singleton repository.")]
internal sealed class CurrentRosterCache
{
    /// <summary>
    /// Log rows are keyed by their writer's clock. A read starts this far before the reader's own clock, so a row
    /// written late (clock skew between instances, a slow write) is not skipped.
    /// </summary>
    public static readonly TimeSpan LateWriteWindow = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile Snapshot? _snapshot;

    /// <summary>
    /// The version held, the roster with bindings applied, where the next log read starts, and the log rows at or
    /// after that point already applied (read again by every load until they age out, but acted on once).
    /// </summary>
    public sealed record Snapshot(string VersionId, Roster Roster, string LogFrom, IReadOnlySet<string> Applied);

    /// <summary>A log row: its key and the numbers whose binding it says changed.</summary>
    public sealed record LogRow(string Key, IReadOnlyList<string> Numbers);

    public Snapshot? Current => _snapshot;

    /// <summary>Replaces the snapshot under a lock: <paramref name="refresh"/> gets the one held now and returns its successor.</summary>
    public async Task<Snapshot> RefreshAsync(Func<Snapshot?, Task<Snapshot>> refresh, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(refresh);
        await _refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var fresh = await refresh(_snapshot).ConfigureAwait(false);
            _snapshot = fresh;
            return fresh;
        }
        finally
        {
            _refresh.Release();
        }
    }

    /// <summary>A log row key: the writer's UTC ticks (sortable), then a random tail against same-tick writes.</summary>
    public static string LogKey(DateTimeOffset at) =>
        LogFrom(at) + "|" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>The key a read starts after: every row written at or after <paramref name="at"/> sorts above it.</summary>
    public static string LogFrom(DateTimeOffset at) =>
        at.UtcTicks.ToString("D19", CultureInfo.InvariantCulture);

    /// <summary>The log rows of <paramref name="read"/> the snapshot has not acted on yet.</summary>
    public static IReadOnlyList<LogRow> Unapplied(Snapshot snapshot, IEnumerable<LogRow> read)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return read.Where(r => !snapshot.Applied.Contains(r.Key)).ToList();
    }

    /// <summary>
    /// The snapshot after acting on <paramref name="rows"/> read at <paramref name="readAt"/>: rows older than the
    /// window were visible to that read, so the next one starts there; younger ones may still arrive.
    /// </summary>
    public static Snapshot Advance(Snapshot snapshot, Roster roster, IEnumerable<LogRow> rows, DateTimeOffset readAt)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var candidate = LogFrom(readAt - LateWriteWindow);
        var from = string.CompareOrdinal(candidate, snapshot.LogFrom) > 0 ? candidate : snapshot.LogFrom;
        var applied = snapshot.Applied.Concat(rows.Select(r => r.Key)).Where(k => string.CompareOrdinal(k, from) > 0).ToHashSet(StringComparer.Ordinal);
        return snapshot with { Roster = roster, LogFrom = from, Applied = applied };
    }

    /// <summary>The roster with the given people's bindings set to what their rows say now; the same instance if nothing differs.</summary>
    public static Roster WithBindings(Roster roster, IReadOnlyCollection<string> numbers, IReadOnlyDictionary<string, string> bindings)
    {
        ArgumentNullException.ThrowIfNull(roster);
        var changed = new Dictionary<string, Person>(StringComparer.Ordinal);
        foreach (var number in numbers)
        {
            if (roster.Person(number) is { } person && !string.Equals(person.AadObjectId, bindings.GetValueOrDefault(number), StringComparison.Ordinal))
            {
                changed[number] = person with { AadObjectId = bindings.GetValueOrDefault(number) };
            }
        }

        return changed.Count == 0 ? roster : new Roster(roster.Units, roster.People.Select(p => changed.GetValueOrDefault(p.Number, p)));
    }
}
