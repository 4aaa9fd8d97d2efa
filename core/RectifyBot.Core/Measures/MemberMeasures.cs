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

    /// <summary>The returned or decided versions before <paramref name="version"/>, with the comments they received.</summary>
    public IEnumerable<SubmissionVersion> EarlierThan(int version) => Versions.Where(v => v.Version < version);
}
