using System.Globalization;
using Azure;
using Azure.Data.Tables;
using RectifyBot.Core.Roster;
using RectifyBot.Storage.Tables;

namespace RectifyBot.Storage.Roster;

// The namespace of this folder hides the model's type of the same name.
using Roster = RectifyBot.Core.Roster.Roster;

/// <summary>
/// The roster in Table Storage (docs/storage.md, "Roster"): each version is written completely under its own keys,
/// then one transaction in the versions partition adds the version's audit row and moves the pointer row to it
/// (conditional on the pointer's ETag read at the start). Until that transaction, readers see the old version.
/// </summary>
public sealed class TableRosterRepository : IRosterRepository
{
    /// <summary>Transactions in flight at once while saving a version.</summary>
    public const int SaveParallelism = 8;

    /// <summary>Numbers per binding query (an OR of row keys; keeps the URL short).</summary>
    private const int BindingsPerQuery = 20;

    /// <summary>Under Table Storage's 4 MiB limit on one transaction's payload, with room for the batch framing.</summary>
    private const long MaxTransactionBytes = 3_500_000;

    private readonly TableClientFactory _tables;
    private readonly IRosterWriteObserver? _observer;
    private readonly CurrentRosterCache _cache = new();

    public TableRosterRepository(TableClientFactory tables)
        : this(tables, null)
    {
    }

    public TableRosterRepository(TableClientFactory tables, IRosterWriteObserver? observer)
    {
        ArgumentNullException.ThrowIfNull(tables);
        _tables = tables;
        _observer = observer;
    }

    /// <summary>The write plan of the last <see cref="SaveNewVersionAsync"/> on this instance (for the benchmark).</summary>
    public RosterSavePlan? LastSavePlan { get; private set; }

    public async Task<Roster> LoadCurrentAsync(CancellationToken cancellationToken = default)
    {
        var current = await CurrentVersionAsync(cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            return Roster.Empty;
        }

        var held = _cache.Current;
        if (held is null || !IsVersion(held, current.VersionId))
        {
            var loaded = await _cache.RefreshAsync(
                now => now is not null && IsVersion(now, current.VersionId) ? Task.FromResult(now) : LoadSnapshotAsync(current.VersionId, cancellationToken),
                cancellationToken).ConfigureAwait(false);
            return loaded.Roster;
        }

        var readAt = DateTimeOffset.UtcNow;
        var log = await ReadBindingLogAsync(held.LogFrom, cancellationToken).ConfigureAwait(false);
        var unapplied = CurrentRosterCache.Unapplied(held, log);
        if (unapplied.Count == 0)
        {
            return held.Roster;
        }

        // The binding rows are the truth; the log only says which ones to read again.
        var numbers = unapplied.SelectMany(r => r.Numbers).ToHashSet(StringComparer.Ordinal);
        var bindings = await ReadBindingsAsync(numbers, cancellationToken).ConfigureAwait(false);
        var refreshed = await _cache.RefreshAsync(
            now => now is null || !IsVersion(now, current.VersionId)
                ? LoadSnapshotAsync(current.VersionId, cancellationToken)
                : Task.FromResult(CurrentRosterCache.Advance(now, CurrentRosterCache.WithBindings(now.Roster, numbers, bindings), unapplied, readAt)),
            cancellationToken).ConfigureAwait(false);
        return refreshed.Roster;
    }

    private static bool IsVersion(CurrentRosterCache.Snapshot snapshot, string versionId) =>
        string.Equals(snapshot.VersionId, versionId, StringComparison.Ordinal);

    public async Task<Roster?> LoadVersionAsync(string versionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(versionId);
        var versions = await _tables.GetTableAsync(RosterTables.Versions, cancellationToken).ConfigureAwait(false);
        var row = await versions.GetEntityIfExistsAsync<TableEntity>(
            RosterTables.VersionsPartition, RosterTables.Key(versionId, nameof(versionId)), cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? await LoadExistingAsync(versionId, cancellationToken).ConfigureAwait(false) : null;
    }

    public async Task<RosterVersionInfo?> CurrentVersionAsync(CancellationToken cancellationToken = default)
    {
        var pointer = await ReadPointerAsync(cancellationToken).ConfigureAwait(false);
        return pointer is null ? null : RosterEntities.ToVersionInfo(pointer);
    }

    public async Task<IReadOnlyList<RosterVersionInfo>> HistoryAsync(CancellationToken cancellationToken = default)
    {
        var versions = await _tables.GetTableAsync(RosterTables.Versions, cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {RosterTables.VersionsPartition} and RowKey ne {RosterTables.CurrentRow}");
        var history = new List<RosterVersionInfo>();
        await foreach (var row in versions.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            history.Add(RosterEntities.ToVersionInfo(row));
        }

        return history;
    }

    public async Task<RosterVersionInfo> SaveNewVersionAsync(
        Roster roster, string operatorNumber, string summary, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentException.ThrowIfNullOrWhiteSpace(operatorNumber);
        ArgumentNullException.ThrowIfNull(summary);

        var versionId = NewVersionId(at);
        var info = new RosterVersionInfo(versionId, at, operatorNumber, summary, roster.Units.Count, roster.People.Count);

        // Everything is turned into entities first, so a roster that cannot be stored fails before any write.
        var batches = Plan(versionId, roster);
        var pointer = await ReadPointerAsync(cancellationToken).ConfigureAwait(false);

        var clients = new Dictionary<string, TableClient>(StringComparer.Ordinal);
        foreach (var table in batches.Select(b => b.Table).Distinct(StringComparer.Ordinal))
        {
            clients[table] = await _tables.GetTableAsync(table, cancellationToken).ConfigureAwait(false);
        }

        await Parallel.ForEachAsync(
            batches,
            new ParallelOptions { MaxDegreeOfParallelism = SaveParallelism, CancellationToken = cancellationToken },
            async (batch, ct) =>
            {
                // Upsert, so a batch retried by the SDK or a second attempt with the same keys cannot fail on a conflict.
                var actions = batch.Entities.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e));
                await clients[batch.Table].SubmitTransactionAsync(actions, ct).ConfigureAwait(false);
                _observer?.TransactionSubmitted(batch.Table, batch.PartitionKey, batch.Entities.Count);
            }).ConfigureAwait(false);

        await SwitchAsync(info, pointer, cancellationToken).ConfigureAwait(false);
        LastSavePlan = Summarise(batches, roster);
        return info;
    }

    public async Task<Person?> FindByNumberAsync(string number, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        var current = await CurrentVersionAsync(cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            return null;
        }

        var byNumber = await _tables.GetTableAsync(RosterTables.PeopleByNumber, cancellationToken).ConfigureAwait(false);
        var row = await byNumber.GetEntityIfExistsAsync<TableEntity>(
            RosterTables.NumberPartition(current.VersionId, number), RosterTables.Key(number, nameof(number)), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!row.HasValue || row.Value is not { } entity)
        {
            return null;
        }

        var binding = await ReadBindingAsync(RosterTables.ByNumberPartition, number, cancellationToken).ConfigureAwait(false);
        return RosterEntities.ToPerson(entity, binding?.GetString("AadObjectId"));
    }

    public async Task<Person?> FindByAadObjectIdAsync(string aadObjectId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(aadObjectId);

        // Every turn asks this first: the held roster answers it with the two requests of a load, not four point reads.
        return (await LoadCurrentAsync(cancellationToken).ConfigureAwait(false)).PersonBoundTo(aadObjectId);
    }

    public async Task BindAsync(string number, string aadObjectId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        ArgumentException.ThrowIfNullOrWhiteSpace(aadObjectId);
        var bindings = await _tables.GetTableAsync(RosterTables.Bindings, cancellationToken).ConfigureAwait(false);
        var numberKey = RosterTables.Key(number, nameof(number));
        var aadKey = RosterTables.Key(aadObjectId, nameof(aadObjectId));

        // The id moves from another number: that number's binding goes, unless it was rebound meanwhile (ETag).
        var earlier = await ReadBindingAsync(RosterTables.ByAadPartition, aadKey, cancellationToken).ConfigureAwait(false);

        // Logged before and after the rows change: a cache that read the first entry before the rows changed acts on
        // the second. Only a crash between the rows and the second entry, read in that moment, leaves a cache stale.
        await LogBindingAsync(bindings, number, earlier?.GetString("Number"), cancellationToken).ConfigureAwait(false);
        if (earlier?.GetString("Number") is { } earlierNumber && !string.Equals(earlierNumber, number, StringComparison.Ordinal))
        {
            var earlierBinding = await ReadBindingAsync(RosterTables.ByNumberPartition, earlierNumber, cancellationToken).ConfigureAwait(false);
            if (earlierBinding is not null && string.Equals(earlierBinding.GetString("AadObjectId"), aadObjectId, StringComparison.Ordinal))
            {
                try
                {
                    await bindings.DeleteEntityAsync(RosterTables.ByNumberPartition, earlierNumber, earlierBinding.ETag, cancellationToken).ConfigureAwait(false);
                }
                catch (RequestFailedException ex) when (ex.Status is 404 or 412)
                {
                    // Already gone or rebound: nothing of ours to remove.
                }
            }
        }

        // Number first: it is what reads trust. The id row is the index that finds the number.
        await bindings.UpsertEntityAsync(
            new TableEntity(RosterTables.ByNumberPartition, numberKey) { ["AadObjectId"] = aadObjectId }, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        await bindings.UpsertEntityAsync(
            new TableEntity(RosterTables.ByAadPartition, aadKey) { ["Number"] = number }, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        await LogBindingAsync(bindings, number, earlier?.GetString("Number"), cancellationToken).ConfigureAwait(false);
    }

    private static Task<Response> LogBindingAsync(TableClient bindings, string number, string? earlierNumber, CancellationToken cancellationToken) =>
        bindings.UpsertEntityAsync(
            new TableEntity(RosterTables.BindingLogPartition, CurrentRosterCache.LogKey(DateTimeOffset.UtcNow))
            {
                ["Number"] = number,
                ["EarlierNumber"] = earlierNumber,
            },
            TableUpdateMode.Replace,
            cancellationToken);

    public async Task<IReadOnlyList<Person>> PeopleInUnitAsync(string unitCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(unitCode);
        var current = await CurrentVersionAsync(cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            return [];
        }

        var people = await _tables.GetTableAsync(RosterTables.People, cancellationToken).ConfigureAwait(false);
        var partition = RosterTables.Key(RosterTables.PeoplePartition(current.VersionId, unitCode), nameof(unitCode));
        var rows = new List<TableEntity>();
        await foreach (var row in people.QueryAsync<TableEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        var bindings = await ReadBindingsAsync(rows.Select(r => r.RowKey).ToList(), cancellationToken).ConfigureAwait(false);
        return rows.Select(r => RosterEntities.ToPerson(r, bindings.GetValueOrDefault(r.RowKey))).ToList();
    }

    public async Task<IReadOnlyList<OrganisationUnit>> UnitsResponsibleForAsync(string number, CancellationToken cancellationToken = default)
    {
        var current = await CurrentVersionAsync(cancellationToken).ConfigureAwait(false);
        var person = current is null ? null : await FindByNumberAsync(number, cancellationToken).ConfigureAwait(false);
        if (current is null || person is null)
        {
            return [];
        }

        var codes = person.Positions.Select(p => p.UnitCode).OfType<string>()
            .Concat(person.Post is { } post ? [post.UnitCode] : [])
            .Concat(person.LiaisonUnitCodes)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var units = await _tables.GetTableAsync(RosterTables.Units, cancellationToken).ConfigureAwait(false);
        var partition = RosterTables.UnitsPartition(current.VersionId);
        var found = await Task.WhenAll(codes.Select(code =>
            units.GetEntityIfExistsAsync<TableEntity>(partition, RosterTables.Key(code, nameof(number)), cancellationToken: cancellationToken))).ConfigureAwait(false);
        return found.Where(f => f.HasValue && f.Value is not null).Select(f => RosterEntities.ToUnit(f.Value!)).ToList();
    }

    /// <summary>Ids sort by creation time; the random tail keeps two saves in the same millisecond apart.</summary>
    private static string NewVersionId(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8];

    private static List<RosterBatch> Plan(string versionId, Roster roster)
    {
        var rows = new List<(string Table, TableEntity Entity)>(roster.Units.Count + (2 * roster.People.Count));
        var unitsPartition = RosterTables.UnitsPartition(versionId);
        rows.AddRange(roster.Units.Select(u => (RosterTables.Units, RosterEntities.ToEntity(unitsPartition, u))));
        foreach (var person in roster.People)
        {
            var byUnit = RosterTables.Key(RosterTables.PeoplePartition(versionId, RosterEntities.HomeUnit(person)), nameof(roster));
            rows.Add((RosterTables.People, RosterEntities.ToEntity(byUnit, person)));
            rows.Add((RosterTables.PeopleByNumber, RosterEntities.ToEntity(RosterTables.NumberPartition(versionId, person.Number), person)));
        }

        return rows
            .GroupBy(r => (r.Table, r.Entity.PartitionKey))
            .SelectMany(g => Chunk(g.Select(r => r.Entity)).Select(chunk => new RosterBatch(g.Key.Table, g.Key.PartitionKey, chunk)))
            .ToList();
    }

    /// <summary>
    /// Up to 100 entities per transaction, fewer if their estimated size would pass the 4 MiB payload limit
    /// (only rows with very long texts come near it).
    /// </summary>
    private static IEnumerable<List<TableEntity>> Chunk(IEnumerable<TableEntity> entities)
    {
        var chunk = new List<TableEntity>();
        long bytes = 0;
        foreach (var entity in entities)
        {
            var size = EstimatedBytes(entity);
            if (chunk.Count == RosterTables.MaxTransactionEntities || (chunk.Count > 0 && bytes + size > MaxTransactionBytes))
            {
                yield return chunk;
                chunk = [];
                bytes = 0;
            }

            chunk.Add(entity);
            bytes += size;
        }

        if (chunk.Count > 0)
        {
            yield return chunk;
        }
    }

    /// <summary>The request is JSON, which may escape each non-ASCII character as \uXXXX (6 bytes); plus names and framing. An overestimate on purpose.</summary>
    private static long EstimatedBytes(TableEntity entity) =>
        512 + entity.Sum(p => (2L * p.Key.Length) + 64 + (p.Value is string text ? 6L * text.Length : 32));

    private static RosterSavePlan Summarise(List<RosterBatch> batches, Roster roster)
    {
        static int Ceiling(int entities) => (entities + RosterTables.MaxTransactionEntities - 1) / RosterTables.MaxTransactionEntities;
        var partitions = batches.GroupBy(b => (b.Table, b.PartitionKey)).Select(g => g.Sum(b => b.Entities.Count)).ToList();
        var singleCopy = Ceiling(roster.Units.Count)
            + roster.People.GroupBy(RosterEntities.HomeUnit, StringComparer.Ordinal).Sum(g => Ceiling(g.Count()));

        // +1 on each side: the switch (version row and pointer, one transaction in one partition).
        return new RosterSavePlan(
            Entities: partitions.Sum() + 2,
            Partitions: partitions.Count + 1,
            Transactions: batches.Count + 1,
            MinimumTransactions: partitions.Sum(Ceiling) + 1,
            SingleCopyMinimum: singleCopy + 1);
    }

    private async Task SwitchAsync(RosterVersionInfo info, TableEntity? pointer, CancellationToken cancellationToken)
    {
        var versions = await _tables.GetTableAsync(RosterTables.Versions, cancellationToken).ConfigureAwait(false);
        var newPointer = RosterEntities.ToEntity(RosterTables.CurrentRow, info);
        var actions = new[]
        {
            new TableTransactionAction(TableTransactionActionType.Add, RosterEntities.ToEntity(info.VersionId, info)),
            pointer is null
                ? new TableTransactionAction(TableTransactionActionType.Add, newPointer)
                : new TableTransactionAction(TableTransactionActionType.UpdateReplace, newPointer, pointer.ETag),
        };
        try
        {
            await versions.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412)
        {
            throw new RosterVersionConflictException(
                $"Roster version {info.VersionId} was written but not switched to: another version became current meanwhile.", ex);
        }

        _observer?.TransactionSubmitted(RosterTables.Versions, RosterTables.VersionsPartition, actions.Length);
    }

    private async Task<TableEntity?> ReadPointerAsync(CancellationToken cancellationToken)
    {
        var versions = await _tables.GetTableAsync(RosterTables.Versions, cancellationToken).ConfigureAwait(false);
        var row = await versions.GetEntityIfExistsAsync<TableEntity>(
            RosterTables.VersionsPartition, RosterTables.CurrentRow, cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? row.Value : null;
    }

    private async Task<TableEntity?> ReadBindingAsync(string partition, string key, CancellationToken cancellationToken)
    {
        var bindings = await _tables.GetTableAsync(RosterTables.Bindings, cancellationToken).ConfigureAwait(false);
        var row = await bindings.GetEntityIfExistsAsync<TableEntity>(partition, RosterTables.Key(key, nameof(key)), cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? row.Value : null;
    }

    /// <summary>Every binding (number → AAD id): one partition, read whole when a full version is loaded.</summary>
    private async Task<Dictionary<string, string>> ReadAllBindingsAsync(CancellationToken cancellationToken)
    {
        var bindings = await _tables.GetTableAsync(RosterTables.Bindings, cancellationToken).ConfigureAwait(false);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {RosterTables.ByNumberPartition}");
        await foreach (var row in bindings.QueryAsync<TableEntity>(filter, select: ["RowKey", "AadObjectId"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (row.GetString("AadObjectId") is { } aad)
            {
                result[row.RowKey] = aad;
            }
        }

        return result;
    }

    private async Task<Dictionary<string, string>> ReadBindingsAsync(IReadOnlyCollection<string> numbers, CancellationToken cancellationToken)
    {
        var bindings = await _tables.GetTableAsync(RosterTables.Bindings, cancellationToken).ConfigureAwait(false);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chunk in numbers.Chunk(BindingsPerQuery))
        {
            var rowFilter = string.Join(" or ", chunk.Select(n => TableClient.CreateQueryFilter($"RowKey eq {n}")));
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {RosterTables.ByNumberPartition}") + " and (" + rowFilter + ")";
            await foreach (var row in bindings.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                if (row.GetString("AadObjectId") is { } aad)
                {
                    result[row.RowKey] = aad;
                }
            }
        }

        return result;
    }

    private async Task<Roster> LoadExistingAsync(string versionId, CancellationToken cancellationToken)
    {
        var unitsTable = await _tables.GetTableAsync(RosterTables.Units, cancellationToken).ConfigureAwait(false);
        var peopleTable = await _tables.GetTableAsync(RosterTables.People, cancellationToken).ConfigureAwait(false);
        var unitsPartition = RosterTables.UnitsPartition(versionId);
        var (from, before) = RosterTables.PeopleRange(versionId);

        var bindingsTask = ReadAllBindingsAsync(cancellationToken);
        var units = new List<OrganisationUnit>();
        await foreach (var row in unitsTable.QueryAsync<TableEntity>(e => e.PartitionKey == unitsPartition, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            units.Add(RosterEntities.ToUnit(row));
        }

        var rows = new List<TableEntity>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {from} and PartitionKey lt {before}");
        await foreach (var row in peopleTable.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        var bindings = await bindingsTask.ConfigureAwait(false);
        return new Roster(units, rows.Select(r => RosterEntities.ToPerson(r, bindings.GetValueOrDefault(r.RowKey))));
    }

    /// <summary>A whole version for the cache; bindings made while it loads are in the log read from before it started.</summary>
    private async Task<CurrentRosterCache.Snapshot> LoadSnapshotAsync(string versionId, CancellationToken cancellationToken)
    {
        var logFrom = CurrentRosterCache.LogFrom(DateTimeOffset.UtcNow - CurrentRosterCache.LateWriteWindow);
        var roster = await LoadExistingAsync(versionId, cancellationToken).ConfigureAwait(false);
        return new CurrentRosterCache.Snapshot(versionId, roster, logFrom, new HashSet<string>(StringComparer.Ordinal));
    }

    /// <summary>The log rows after <paramref name="from"/>.</summary>
    private async Task<IReadOnlyList<CurrentRosterCache.LogRow>> ReadBindingLogAsync(string from, CancellationToken cancellationToken)
    {
        var bindings = await _tables.GetTableAsync(RosterTables.Bindings, cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {RosterTables.BindingLogPartition} and RowKey gt {from}");
        var rows = new List<CurrentRosterCache.LogRow>();
        await foreach (var row in bindings.QueryAsync<TableEntity>(filter, select: ["RowKey", "Number", "EarlierNumber"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var numbers = new[] { row.GetString("Number"), row.GetString("EarlierNumber") }.OfType<string>().Where(n => n.Length > 0).ToList();
            rows.Add(new CurrentRosterCache.LogRow(row.RowKey, numbers));
        }

        return rows;
    }

    private sealed record RosterBatch(string Table, string PartitionKey, IReadOnlyList<TableEntity> Entities);
}
