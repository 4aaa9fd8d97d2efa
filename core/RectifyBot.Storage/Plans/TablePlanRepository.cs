using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using RectifyBot.Core.Ledger;
using RectifyBot.Core.Plans;
using RectifyBot.Storage.Delivery;
using RectifyBot.Storage.Measures;
using RectifyBot.Storage.Tables;

namespace RectifyBot.Storage.Plans;

/// <summary>
/// Table <see cref="TableName"/>, one partition per unit (its code): the draft (a header and a row per item), each
/// published version (a header and a row per item), the ledger entries of accepted items, the coordination rows of
/// 上级协调 items, the history, and the notices (outbox rows) the unit's transitions cause. Keeping them together makes
/// every transition one entity-group transaction.
/// </summary>
public sealed class TablePlanRepository(TableClientFactory tables) : IPlanRepository
{
    /// <summary>The core names it: notices are written as outbox rows of this table.</summary>
    public const string TableName = Core.Plans.Notices.PlanNoticeOutbox.Table;

    public async Task<PlanDraft?> FindDraftAsync(string unitCode, CancellationToken cancellationToken = default)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        TableEntity? header = null;
        var items = new List<TableEntity>();
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {Partition(unitCode)} and RowKey ge {PlanRows.DraftKey} and RowKey lt {PlanRows.DraftKey + "}"}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            switch (row.GetString("Kind"))
            {
                case PlanRows.Kinds.Draft:
                    header = row;
                    break;
                case PlanRows.Kinds.DraftItem:
                    items.Add(row);
                    break;
            }
        }

        return header is null ? null : PlanRows.ReadDraft(header, items);
    }

    public async Task<PlanDraft?> SaveDraftAsync(PlanDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var unit = Partition(draft.UnitCode);
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        var revision = draft.Revision + 1;
        var header = PlanRows.Draft(draft, revision);
        var actions = new List<TableTransactionAction> { PartitionRows.AddOrReplace(header, draft.ETag) };
        for (var i = 0; i < draft.Items.Count; i++)
        {
            actions.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, PlanRows.DraftItem(unit, i, draft.Items[i])));
        }

        // A removed item leaves a row behind: delete what lies past the new count.
        foreach (var key in await PartitionRows.KeysWithPrefixAsync(table, unit, PlanRows.DraftItemPrefix, cancellationToken).ConfigureAwait(false))
        {
            if (string.CompareOrdinal(key, PlanRows.DraftItemKey(draft.Items.Count)) >= 0)
            {
                actions.Add(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(unit, key), ETag.All));
            }
        }

        try
        {
            var response = await table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
            return draft with { Revision = revision, ETag = response.Value[0].Headers.ETag?.ToString() };
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412 or 404)
        {
            return null;
        }
    }

    public async IAsyncEnumerable<PlanDraft> ListDraftsEditedByAsync(string editorNumber, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        var units = new List<string>();
        var filter = TableClient.CreateQueryFilter($"RowKey eq {PlanRows.DraftKey} and EditedByNumber eq {editorNumber}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            units.Add(row.PartitionKey);
        }

        foreach (var unit in units)
        {
            if (await FindDraftAsync(unit, cancellationToken).ConfigureAwait(false) is { } draft)
            {
                yield return draft;
            }
        }
    }

    public async IAsyncEnumerable<LedgerEntry> ListOpenEntriesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"Kind eq {MeasureRows.Kinds.LedgerEntry} and Status eq {nameof(LedgerEntryStatus.Open)}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return MeasureRows.ReadEntry(row, []);
        }
    }

    public async Task<bool> DeleteDraftAsync(PlanDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        return await PartitionRows.TrySubmitAsync(table, await DraftDeletionAsync(table, draft, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
    }

    public async Task<UnitPlan> LoadAsync(string unitCode, CancellationToken cancellationToken = default)
    {
        var unit = Partition(unitCode);
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        var versions = new List<TableEntity>();
        var items = new List<TableEntity>();
        var entries = new List<TableEntity>();
        var notes = new List<(string EntryId, ProgressNote Note)>();
        var coordinations = new List<PlanCoordination>();
        var history = new List<(int Sequence, PlanEvent Event)>();

        // Outbox rows carry whole cards; draft rows are read on their own.
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {unit} and Kind ne {OutboxEntities.KindValue}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            switch (row.GetString("Kind"))
            {
                case PlanRows.Kinds.Version:
                    versions.Add(row);
                    break;
                case PlanRows.Kinds.VersionItem:
                    items.Add(row);
                    break;
                case MeasureRows.Kinds.LedgerEntry:
                    entries.Add(row);
                    break;
                case MeasureRows.Kinds.LedgerNote:
                    notes.Add(MeasureRows.ReadNote(row));
                    break;
                case PlanRows.Kinds.Coordination:
                    coordinations.Add(PlanRows.ReadCoordination(row));
                    break;
                case PlanRows.Kinds.Event:
                    history.Add((row.GetInt32("Sequence") ?? 0, PlanRows.ReadEvent(row)));
                    break;
            }
        }

        var itemsByVersion = items.ToLookup(r => r.GetInt32("Version") ?? 0);
        var notesByEntry = notes.ToLookup(n => n.EntryId, n => n.Note, StringComparer.Ordinal);
        return new UnitPlan(
            unit,
            [.. versions.Select(v => PlanRows.ReadVersion(v, itemsByVersion[v.GetInt32("Version") ?? 0])).OrderBy(v => v.Version)],
            [.. entries.Select(e => MeasureRows.ReadEntry(e, notesByEntry[e.GetString("EntryId") ?? ""])).OrderBy(e => e.Id, StringComparer.Ordinal)],
            [.. coordinations.OrderBy(c => c.Key, StringComparer.Ordinal)],
            [.. history.OrderBy(e => e.Sequence).Select(e => e.Event)]);
    }

    public async Task<bool> SaveAsync(PlanChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        var unit = Partition(change.UnitCode);
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        var actions = new List<TableTransactionAction>();
        if (change.Version is { } version)
        {
            Same(unit, version.UnitCode);
            var row = PlanRows.Version(version);
            if (version.ETag is null)
            {
                actions.Add(new TableTransactionAction(TableTransactionActionType.Add, row));
                for (var i = 0; i < version.Items.Count; i++)
                {
                    actions.Add(new TableTransactionAction(TableTransactionActionType.Add, PlanRows.VersionItem(unit, version.Version, i, version.Items[i])));
                }
            }
            else
            {
                // Items never change after publication: only the header's state does.
                actions.Add(new TableTransactionAction(TableTransactionActionType.UpdateReplace, row, row.ETag));
            }
        }

        actions.AddRange(change.Entries.Select(entry => PartitionRows.AddOrReplace(MeasureRows.Entry(unit, entry), entry.ETag)));
        actions.AddRange(change.Notes.Select(n => new TableTransactionAction(TableTransactionActionType.Add, MeasureRows.Note(unit, n))));
        foreach (var coordination in change.Coordinations)
        {
            Same(unit, coordination.UnitCode);
            actions.Add(PartitionRows.AddOrReplace(PlanRows.Coordination(coordination), coordination.ETag));
        }

        actions.AddRange(change.Events.Select((e, i) => new TableTransactionAction(TableTransactionActionType.Add, PlanRows.Event(unit, change.HistoryCount + i, e))));
        foreach (var notice in change.Notices)
        {
            if (notice.Id.Table != TableName || notice.Id.PartitionKey != unit)
            {
                throw new ArgumentException($"Notice {notice.Id} must live in {TableName}/{unit} to be written with the change.", nameof(change));
            }

            actions.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, OutboxEntities.ToEntity(notice)));
        }

        if (change.ConsumedDraft is { } draft)
        {
            Same(unit, draft.UnitCode);
            actions.AddRange(await DraftDeletionAsync(table, draft, cancellationToken).ConfigureAwait(false));
        }

        return actions.Count == 0 || await PartitionRows.TrySubmitAsync(table, actions, cancellationToken).ConfigureAwait(false);
    }

    public async IAsyncEnumerable<PlanVersion> ListChildPlansAsync(string parentUnitCode, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"Kind eq {PlanRows.Kinds.Version} and ParentUnitCode eq {parentUnitCode}");
        var latest = new Dictionary<string, PlanVersion>(StringComparer.Ordinal);
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var version = PlanRows.ReadVersion(row, []);
            if (!latest.TryGetValue(version.UnitCode, out var seen) || seen.Version < version.Version)
            {
                latest[version.UnitCode] = version;
            }
        }

        foreach (var version in latest.Values.OrderBy(v => v.UnitCode, StringComparer.Ordinal))
        {
            yield return version;
        }
    }

    public async IAsyncEnumerable<PlanVersion> ListClosedWindowsAsync(DateTimeOffset now, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter(
            $"Kind eq {PlanRows.Kinds.Version} and Status eq {nameof(PlanStatus.PublishedForSupervision)} and ClosesAt le {now.ToUniversalTime()}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return PlanRows.ReadVersion(row, []);
        }
    }

    public async IAsyncEnumerable<PlanCoordination> ListCoordinationsAsync(string parentUnitCode, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"Kind eq {PlanRows.Kinds.Coordination} and ParentUnitCode eq {parentUnitCode}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return PlanRows.ReadCoordination(row);
        }
    }

    public async IAsyncEnumerable<PlanVersion> ListVersionsAsync(PlanStatus status, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"Kind eq {PlanRows.Kinds.Version} and Status eq {status.ToString()}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return PlanRows.ReadVersion(row, []);
        }
    }

    public async IAsyncEnumerable<PlanCoordination> ListUntakenCoordinationsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"Kind eq {PlanRows.Kinds.Coordination}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (PlanRows.ReadCoordination(row) is { OwnerNumber: null } coordination)
            {
                yield return coordination;
            }
        }
    }

    public async IAsyncEnumerable<LedgerEntry> ListEntriesOwnedByAsync(string ownerNumber, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        var units = new SortedSet<string>(StringComparer.Ordinal);
        var filter = TableClient.CreateQueryFilter($"Kind eq {MeasureRows.Kinds.LedgerEntry} and OwnerNumber eq {ownerNumber}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            units.Add(row.PartitionKey);
        }

        // Each unit's plan is read whole, so the entries carry their progress notes (kept in rows of their own).
        foreach (var unit in units)
        {
            foreach (var entry in (await LoadAsync(unit, cancellationToken).ConfigureAwait(false)).Entries.Where(e => e.OwnerNumber == ownerNumber))
            {
                yield return entry;
            }
        }
    }

    private Task<TableClient> TableAsync(CancellationToken cancellationToken) => tables.GetTableAsync(TableName, cancellationToken);

    private static async Task<List<TableTransactionAction>> DraftDeletionAsync(TableClient table, PlanDraft draft, CancellationToken cancellationToken)
    {
        var unit = Partition(draft.UnitCode);
        var actions = new List<TableTransactionAction>
        {
            new(TableTransactionActionType.Delete, new TableEntity(unit, PlanRows.DraftKey), draft.ETag is null ? ETag.All : new ETag(draft.ETag)),
        };
        foreach (var key in await PartitionRows.KeysWithPrefixAsync(table, unit, PlanRows.DraftItemPrefix, cancellationToken).ConfigureAwait(false))
        {
            actions.Add(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(unit, key), ETag.All));
        }

        return actions;
    }

    private static string Partition(string unitCode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(unitCode);
        return TableKeys.Validate(unitCode, nameof(unitCode));
    }

    private static void Same(string unit, string other)
    {
        if (!string.Equals(unit, other, StringComparison.Ordinal))
        {
            throw new ArgumentException("Every row of a change belongs to the same unit.", nameof(other));
        }
    }
}
