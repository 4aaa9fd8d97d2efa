namespace RectifyBot.Core.Ledger.Views;

/// <summary>
/// A ledger view ("台帐" / "ledger") for one viewer on one day in China Standard Time: the totals of everything they may
/// see, a row per unit (each unit they lead and the units directly under it, rolled up), and every visible line,
/// oldest overdue first.
/// </summary>
public sealed record LedgerView(
    DateOnly Today,
    DateTimeOffset At,
    LedgerUnitSummary Totals,
    IReadOnlyList<LedgerUnitSummary> Units,
    IReadOnlyList<LedgerViewLine> Lines)
{
    /// <summary>Overdue lines, the longest overdue first.</summary>
    public IEnumerable<LedgerViewLine> Overdue => Lines.Where(l => l.State == LedgerLineState.Overdue);
}
