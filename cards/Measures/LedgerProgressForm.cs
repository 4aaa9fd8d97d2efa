namespace RectifyBot.Cards.Measures;

/// <summary>
/// The progress form of a ledger entry as submitted: the note and evidence link as typed (shown back unchanged when
/// refused), errors per field (keys: <see cref="LedgerEntryCard.NoteField"/>, <see cref="LedgerEntryCard.EvidenceLinkField"/>;
/// localized texts), and a notice ("进展已记录", a conflict) or null.
/// </summary>
public sealed record LedgerProgressForm(
    string? Note,
    string? EvidenceLink,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Errors,
    MeasureNotice? Notice)
{
    public static LedgerProgressForm Blank { get; } = new(null, null, new Dictionary<string, IReadOnlyList<string>>(), null);
}
