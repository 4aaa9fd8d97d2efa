using RectifyBot.Core.Measures;
using RectifyBot.Core.Plans;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Stages;

namespace RectifyBot.Core.Ledger;

/// <summary>
/// The owner carries out a ledger entry: posts progress (with an optional https evidence link) and marks it done;
/// done on time means by the end of the deadline day in China Standard Time. Each change keeps who and when.
/// </summary>
public sealed class LedgerProgress(MeasureTransitions transitions, PlanTransitions plans)
{
    /// <summary>
    /// Routed by the entry id: a measure's ("{author}|v{n}|p{i}") in its author's partition, an accepted plan item's
    /// ("plan|{unit}|v{n}|i{k}", <see cref="PlanEntries.EntryId"/>) in its unit's plan. Only the entry's owner (a
    /// measure's author, a plan item's responsible person) may act; anyone else finds nothing.
    /// </summary>
    public async Task<LedgerProgressOutcome> NoteAsync(Person owner, string entryId, string? text, string? evidenceLink, bool complete, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(entryId);
        if (entryId.Split('|') is ["plan", var unit, ..])
        {
            var plan = await plans.Plans.LoadAsync(unit, cancellationToken).ConfigureAwait(false);
            return await NoteAsync(owner, plan.Entries, entryId, text, evidenceLink, complete, async (entry, note, now) =>
            {
                var (version, item) = Parse(entryId);
                var events = new List<PlanEvent> { new(now, owner.Number, complete ? PlanEventKind.ItemCompleted : PlanEventKind.ItemProgressNoted, version, item, note?.Note.Text) };
                var saved = await plans.SaveAsync(plan, null, events, [], cancellationToken, entries: [entry], notes: note is null ? [] : [note]).ConfigureAwait(false);
                return saved?.Entries;
            }).ConfigureAwait(false);
        }

        var measures = await transitions.Measures.LoadAsync(owner.Number, cancellationToken).ConfigureAwait(false);
        return await NoteAsync(owner, measures.Entries, entryId, text, evidenceLink, complete, async (entry, note, now) =>
        {
            var (version, problem) = Parse(entryId);
            var events = new List<MeasureEvent> { new(now, owner.Number, complete ? MeasureEventKind.Completed : MeasureEventKind.ProgressNoted, version, problem, note?.Note.Text) };
            var saved = await transitions.SaveAsync(measures, null, events, [], cancellationToken, entries: [entry], notes: note is null ? [] : [note]).ConfigureAwait(false);
            return saved?.Entries;
        }).ConfigureAwait(false);
    }

    /// <summary>The owner's entry by its id (routed as <see cref="NoteAsync(Person, string, string?, string?, bool, CancellationToken)"/>), or null when it is not theirs.</summary>
    public async Task<LedgerEntry?> FindAsync(Person owner, string entryId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(entryId);
        var entries = entryId.Split('|') is ["plan", var unit, ..]
            ? (await plans.Plans.LoadAsync(unit, cancellationToken).ConfigureAwait(false)).Entries
            : (await transitions.Measures.LoadAsync(owner.Number, cancellationToken).ConfigureAwait(false)).Entries;
        return entries.FirstOrDefault(e => e.Id == entryId && e.OwnerNumber == owner.Number);
    }

    /// <summary>Checks the input and the entry, then saves the entry (done if <paramref name="complete"/>) and the note, if any, with <paramref name="save"/> (null: conflict).</summary>
    private async Task<LedgerProgressOutcome> NoteAsync(
        Person owner, IReadOnlyList<LedgerEntry> entries, string entryId, string? text, string? evidenceLink, bool complete,
        Func<LedgerEntry, LedgerNoteAdded?, DateTimeOffset, Task<IReadOnlyList<LedgerEntry>?>> save)
    {
        if (entries.FirstOrDefault(e => e.Id == entryId) is not { } entry || entry.OwnerNumber != owner.Number)
        {
            return new LedgerProgressOutcome(LedgerProgressResult.NotFound, null);
        }

        text = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        evidenceLink = string.IsNullOrWhiteSpace(evidenceLink) ? null : evidenceLink.Trim();
        var problems = new List<LedgerProgressResult>();
        if (text is null && !complete)
        {
            problems.Add(LedgerProgressResult.NoteRequired);
        }

        if (text?.Length > MeasureLimits.ProgressNote)
        {
            problems.Add(LedgerProgressResult.NoteTooLong);
        }

        if (evidenceLink is not null && (evidenceLink.Length > MeasureLimits.EvidenceLink
            || !Uri.TryCreate(evidenceLink, UriKind.Absolute, out var link) || link.Scheme != Uri.UriSchemeHttps))
        {
            problems.Add(LedgerProgressResult.EvidenceLinkInvalid);
        }

        if (entry.Status == LedgerEntryStatus.Done && complete)
        {
            return new LedgerProgressOutcome(LedgerProgressResult.AlreadyDone, entry);
        }

        if (problems.Count > 0)
        {
            return new LedgerProgressOutcome(problems[0], entry, problems);
        }

        var now = transitions.Time.GetUtcNow();
        var after = complete
            ? entry with { Status = LedgerEntryStatus.Done, CompletedAt = now, CompletedOnTime = now < ChinaTime.EndOfDayUtc(entry.Deadline) }
            : entry;
        var note = text is null && evidenceLink is null ? null : new LedgerNoteAdded(entryId, new ProgressNote(now, owner.Number, text ?? "", evidenceLink));
        var saved = await save(after, note, now).ConfigureAwait(false);
        return saved is null
            ? new LedgerProgressOutcome(LedgerProgressResult.Conflict, entry)
            : new LedgerProgressOutcome(complete ? LedgerProgressResult.Completed : LedgerProgressResult.Noted, saved.First(e => e.Id == entryId));
    }

    private static (int Version, int? Problem) Parse(string entryId)
    {
        // "{author}|v{n}|p{i}" or "plan|{unit}|v{n}|i{k}"
        var parts = entryId.Split('|');
        var version = parts.Length >= 3 && int.TryParse(parts[^2].AsSpan(1), System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : 0;
        int? problem = parts.Length >= 3 && int.TryParse(parts[^1].AsSpan(1), System.Globalization.CultureInfo.InvariantCulture, out var p) ? p : null;
        return (version, problem);
    }
}

public enum LedgerProgressResult
{
    Noted,
    Completed,
    AlreadyDone,
    NotFound,
    NoteRequired,
    NoteTooLong,
    EvidenceLinkInvalid,

    /// <summary>Changed on another device meanwhile: nothing was written.</summary>
    Conflict,
}

/// <summary>The entry as stored after the action (or as it was, when refused) and every problem with the input.</summary>
public sealed record LedgerProgressOutcome(LedgerProgressResult Result, LedgerEntry? Entry, IReadOnlyList<LedgerProgressResult>? Problems = null);
