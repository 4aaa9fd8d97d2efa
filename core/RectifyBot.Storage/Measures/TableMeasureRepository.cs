using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using RectifyBot.Core.Ledger;
using RectifyBot.Core.Measures;
using RectifyBot.Storage.Delivery;
using RectifyBot.Storage.Tables;

namespace RectifyBot.Storage.Measures;

/// <summary>
/// Table <see cref="TableName"/>, one partition per member (their number): the draft (a header and a row per problem),
/// each submitted version (a header and a row per problem), the ledger entries of approved problems and their
/// progress notes, the history, and the notices (outbox rows) the member's transitions cause. Keeping them together
/// makes every transition one entity-group transaction: the state, its history and its notices are written or none.
/// </summary>
public sealed class TableMeasureRepository(TableClientFactory tables) : IMeasureRepository
{
    /// <summary>The core names it: notices are written as outbox rows of this table.</summary>
    public const string TableName = Core.Measures.Notices.NoticeOutbox.Table;

    public async Task<MeasureDraft?> FindDraftAsync(string authorNumber, CancellationToken cancellationToken = default)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        TableEntity? header = null;
        var problems = new List<TableEntity>();
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {Partition(authorNumber)} and RowKey ge {MeasureRows.DraftKey} and RowKey lt {MeasureRows.DraftKey + "}"}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            switch (row.GetString("Kind"))
            {
                case MeasureRows.Kinds.Draft:
                    header = row;
                    break;
                case MeasureRows.Kinds.DraftProblem:
                    problems.Add(row);
                    break;
            }
        }

        return header is null ? null : MeasureRows.ReadDraft(header, problems.Take(header.GetInt32("ProblemCount") ?? problems.Count));
    }

    public async Task<DraftSave> SaveDraftAsync(MeasureDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var author = Partition(draft.AuthorNumber);
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        var revision = draft.Revision + 1;
        var header = MeasureRows.Draft(draft, revision);
        var actions = new List<TableTransactionAction>();
        if (draft.ETag is null)
        {
            actions.Add(new TableTransactionAction(TableTransactionActionType.Add, header));
        }
        else
        {
            actions.Add(new TableTransactionAction(TableTransactionActionType.UpdateReplace, header, new ETag(draft.ETag)));
        }

        for (var i = 0; i < draft.Problems.Count; i++)
        {
            actions.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, MeasureRows.DraftProblem(author, i, draft.Problems[i])));
        }

        // A removed problem leaves a row behind: delete what lies past the new count.
        foreach (var key in await PartitionRows.KeysWithPrefixAsync(table, author, MeasureRows.DraftProblemPrefix, cancellationToken).ConfigureAwait(false))
        {
            if (string.CompareOrdinal(key, MeasureRows.DraftProblemKey(draft.Problems.Count)) >= 0)
            {
                actions.Add(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(author, key), ETag.All));
            }
        }

        try
        {
            var response = await table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
            var etag = response.Value[0].Headers.ETag?.ToString();
            return new DraftSave.Saved(draft with { Revision = revision, ETag = etag });
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412 or 404)
        {
            return new DraftSave.Conflict(await FindDraftAsync(draft.AuthorNumber, cancellationToken).ConfigureAwait(false));
        }
    }

    public async Task<bool> DeleteDraftAsync(MeasureDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        var actions = await DraftDeletionAsync(table, draft, cancellationToken).ConfigureAwait(false);
        return await PartitionRows.TrySubmitAsync(table, actions, cancellationToken).ConfigureAwait(false);
    }

    public async Task<MemberMeasures> LoadAsync(string authorNumber, CancellationToken cancellationToken = default)
    {
        var author = Partition(authorNumber);
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        var versions = new List<TableEntity>();
        var versionProblems = new List<TableEntity>();
        var entries = new List<TableEntity>();
        var notes = new List<(string EntryId, ProgressNote Note)>();
        var history = new List<MeasureEvent>();

        // Outbox rows carry whole cards: leave them out of the member's state.
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {author} and Kind ne {OutboxEntities.KindValue}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            switch (row.GetString("Kind"))
            {
                case MeasureRows.Kinds.Version:
                    versions.Add(row);
                    break;
                case MeasureRows.Kinds.VersionProblem:
                    versionProblems.Add(row);
                    break;
                case MeasureRows.Kinds.LedgerEntry:
                    entries.Add(row);
                    break;
                case MeasureRows.Kinds.LedgerNote:
                    notes.Add(MeasureRows.ReadNote(row));
                    break;
                case MeasureRows.Kinds.Event:
                    history.Add(MeasureRows.ReadEvent(row));
                    break;
            }
        }

        var problemsByVersion = versionProblems.ToLookup(r => r.GetInt32("Version") ?? 0);
        var notesByEntry = notes.ToLookup(n => n.EntryId, n => n.Note, StringComparer.Ordinal);
        return new MemberMeasures(
            author,
            [.. versions.Select(v => MeasureRows.ReadVersion(v, problemsByVersion[v.GetInt32("Version") ?? 0])).OrderBy(v => v.Version)],
            [.. entries.Select(e => MeasureRows.ReadEntry(e, notesByEntry[e.GetString("EntryId") ?? ""])).OrderBy(e => e.Id, StringComparer.Ordinal)],
            [.. history.OrderBy(e => e.At)]);
    }

    public async Task<bool> SaveAsync(MeasureChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        var author = Partition(change.AuthorNumber);
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        var actions = new List<TableTransactionAction>();
        if (change.Version is { } version)
        {
            Same(author, version.AuthorNumber);
            var row = MeasureRows.Version(version);
            if (version.ETag is null)
            {
                actions.Add(new TableTransactionAction(TableTransactionActionType.Add, row));
                for (var i = 0; i < version.Problems.Count; i++)
                {
                    actions.Add(new TableTransactionAction(TableTransactionActionType.Add, MeasureRows.VersionProblem(author, version.Version, i, version.Problems[i])));
                }
            }
            else
            {
                // Problems never change after submission: only the header's state does.
                actions.Add(new TableTransactionAction(TableTransactionActionType.UpdateReplace, row, row.ETag));
            }
        }

        foreach (var entry in change.Entries)
        {
            var row = MeasureRows.Entry(author, entry);
            actions.Add(entry.ETag is null
                ? new TableTransactionAction(TableTransactionActionType.Add, row)
                : new TableTransactionAction(TableTransactionActionType.UpdateReplace, row, row.ETag));
        }

        actions.AddRange(change.Notes.Select(n => new TableTransactionAction(TableTransactionActionType.Add, MeasureRows.Note(author, n))));
        actions.AddRange(change.Events.Select(e => new TableTransactionAction(TableTransactionActionType.Add, MeasureRows.Event(author, e))));
        foreach (var notice in change.Notices)
        {
            if (notice.Id.Table != TableName || notice.Id.PartitionKey != author)
            {
                throw new ArgumentException($"Notice {notice.Id} must live in {TableName}/{author} to be written with the change.", nameof(change));
            }

            // A copy's row is keyed by version and recipient: a re-route back to someone who had a copy of this version
            // replaces their old (closed) row with a fresh one. Retried transitions are kept out by the ETags and event rows.
            actions.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, OutboxEntities.ToEntity(notice)));
        }

        if (change.ConsumedDraft is { } draft)
        {
            Same(author, draft.AuthorNumber);
            actions.AddRange(await DraftDeletionAsync(table, draft, cancellationToken).ConfigureAwait(false));
        }

        return actions.Count == 0 || await PartitionRows.TrySubmitAsync(table, actions, cancellationToken).ConfigureAwait(false);
    }

    public async IAsyncEnumerable<SubmissionVersion> ListOpenAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        var open = Enum.GetValues<MeasureStatus>().Where(s => s.IsOpen()).Select(s => $"Status eq '{s}'");
        var filter = $"Kind eq '{MeasureRows.Kinds.Version}' and ({string.Join(" or ", open)})";
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            // Problems are read per member when a version is opened; a list needs only the header.
            yield return MeasureRows.ReadVersion(row, []);
        }
    }

    public IAsyncEnumerable<LedgerEntry> ListOpenEntriesAsync(CancellationToken cancellationToken = default) =>
        ListEntriesAsync(TableClient.CreateQueryFilter($"Kind eq {MeasureRows.Kinds.LedgerEntry} and Status eq {nameof(LedgerEntryStatus.Open)}"), cancellationToken);

    public IAsyncEnumerable<LedgerEntry> ListEntriesAsync(CancellationToken cancellationToken = default) =>
        ListEntriesAsync(TableClient.CreateQueryFilter($"Kind eq {MeasureRows.Kinds.LedgerEntry}"), cancellationToken);

    private async IAsyncEnumerable<LedgerEntry> ListEntriesAsync(string filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return MeasureRows.ReadEntry(row, []);
        }
    }

    private Task<TableClient> TableAsync(CancellationToken cancellationToken) => tables.GetTableAsync(TableName, cancellationToken);

    private static async Task<List<TableTransactionAction>> DraftDeletionAsync(TableClient table, MeasureDraft draft, CancellationToken cancellationToken)
    {
        var author = Partition(draft.AuthorNumber);
        var actions = new List<TableTransactionAction>
        {
            new(TableTransactionActionType.Delete, new TableEntity(author, MeasureRows.DraftKey), draft.ETag is null ? ETag.All : new ETag(draft.ETag)),
        };
        foreach (var key in await PartitionRows.KeysWithPrefixAsync(table, author, MeasureRows.DraftProblemPrefix, cancellationToken).ConfigureAwait(false))
        {
            actions.Add(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(author, key), ETag.All));
        }

        return actions;
    }

    private static string Partition(string authorNumber)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(authorNumber);
        return TableKeys.Validate(authorNumber, nameof(authorNumber));
    }

    private static void Same(string author, string other)
    {
        if (!string.Equals(author, other, StringComparison.Ordinal))
        {
            throw new ArgumentException("Every row of a change belongs to the same member.", nameof(other));
        }
    }
}
