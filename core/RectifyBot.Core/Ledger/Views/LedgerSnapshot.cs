namespace RectifyBot.Core.Ledger.Views;

/// <summary>What <see cref="ILedgerReader"/> read: ledger lines and the numbers of members who have submitted measures.</summary>
public sealed record LedgerSnapshot(IReadOnlyList<LedgerLine> Lines, IReadOnlySet<string> SubmittedNumbers);
