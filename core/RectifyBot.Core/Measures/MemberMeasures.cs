using RectifyBot.Core.Ledger;

namespace RectifyBot.Core.Measures;

/// <summary>Everything one member has submitted this stage: every version (oldest first), the ledger entries of approved problems, and the history.</summary>
public sealed record MemberMeasures(
    string AuthorNumber,
    IReadOnlyList<SubmissionVersion> Versions,
    IReadOnlyList<LedgerEntry> Entries,
    IReadOnlyList<MeasureEvent> History)
{
    public static MemberMeasures None(string authorNumber) => new(authorNumber, [], [], []);

    public SubmissionVersion? Latest => Versions.Count == 0 ? null : Versions[^1];

    public SubmissionVersion? Version(int version) => Versions.FirstOrDefault(v => v.Version == version);

    /// <summary>
    /// The measures as a saved change leaves them (without storage's new ETags), so a reply needs no second read.
    /// </summary>
    public MemberMeasures After(MeasureChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var versions = change.Version is { } changed
            ? [.. Versions.Where(v => v.Version != changed.Version).Append(changed).OrderBy(v => v.Version)]
            : Versions;
        var notes = change.Notes.ToLookup(n => n.EntryId, n => n.Note, StringComparer.Ordinal);
        var entries = Entries.Where(e => !change.Entries.Any(c => c.Id == e.Id)).Concat(change.Entries)
            .Select(e => notes.Contains(e.Id) ? e with { Progress = [.. e.Progress, .. notes[e.Id]] } : e)
            .OrderBy(e => e.Id, StringComparer.Ordinal);
        return this with { Versions = versions, Entries = [.. entries], History = [.. History, .. change.Events] };
    }

    /// <summary>The returned or decided versions before <paramref name="version"/>, with the comments they received.</summary>
    public IEnumerable<SubmissionVersion> EarlierThan(int version) => Versions.Where(v => v.Version < version);
}
