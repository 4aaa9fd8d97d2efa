using RectifyBot.Core.Ledger;

namespace RectifyBot.Core.Plans;

/// <summary>Everything of one unit's plan this stage: every version (oldest first), the ledger entries of accepted items, the coordination rows and the history.</summary>
public sealed record UnitPlan(
    string UnitCode,
    IReadOnlyList<PlanVersion> Versions,
    IReadOnlyList<LedgerEntry> Entries,
    IReadOnlyList<PlanCoordination> Coordinations,
    IReadOnlyList<PlanEvent> History)
{
    public static UnitPlan None(string unitCode) => new(unitCode, [], [], [], []);

    public PlanVersion? Latest => Versions.Count == 0 ? null : Versions[^1];

    public PlanVersion? Version(int version) => Versions.FirstOrDefault(v => v.Version == version);

    /// <summary>A new version may be published: there is none yet, or the latest needs revision.</summary>
    public bool CanPublishNext => Latest is null || Latest.Status == PlanStatus.RevisionRequired;

    /// <summary>The plan as a saved change leaves it (without storage's new ETags).</summary>
    public UnitPlan After(PlanChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var versions = change.Version is { } changed
            ? [.. Versions.Where(v => v.Version != changed.Version).Append(changed).OrderBy(v => v.Version)]
            : Versions;
        var notes = change.Notes.ToLookup(n => n.EntryId, n => n.Note, StringComparer.Ordinal);
        var entries = Entries.Where(e => !change.Entries.Any(c => c.Id == e.Id)).Concat(change.Entries)
            .Select(e => notes.Contains(e.Id) ? e with { Progress = [.. e.Progress, .. notes[e.Id]] } : e)
            .OrderBy(e => e.Id, StringComparer.Ordinal);
        var coordinations = Coordinations.Where(c => !change.Coordinations.Any(n => n.Key == c.Key)).Concat(change.Coordinations).OrderBy(c => c.Key, StringComparer.Ordinal);
        return this with { Versions = versions, Entries = [.. entries], Coordinations = [.. coordinations], History = [.. History, .. change.Events] };
    }
}
