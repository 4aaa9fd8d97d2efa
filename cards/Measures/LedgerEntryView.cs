using RectifyBot.Core.Ledger;

namespace RectifyBot.Cards.Measures;

/// <summary>One ledger entry for its owner, today's date in China (overdue or not), and the progress form as last submitted.</summary>
public sealed record LedgerEntryView(LedgerEntry Entry, DateOnly Today)
{
    public LedgerProgressForm Form { get; init; } = LedgerProgressForm.Blank;
}
