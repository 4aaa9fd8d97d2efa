namespace RectifyBot.Core.Ledger;

/// <summary>A progress note to add to the ledger entry <paramref name="EntryId"/>.</summary>
/// <param name="EntryId">The entry's <see cref="LedgerEntry.Id"/>.</param>
/// <param name="Note">The note.</param>
public sealed record LedgerNoteAdded(string EntryId, ProgressNote Note);
