namespace RectifyBot.Core.Ledger.Views;

/// <summary>The statuses a ledger view counts: open entries split by their deadline, done entries by whether they were on time.</summary>
public enum LedgerLineState
{
    InProgress,
    Overdue,
    DoneOnTime,
    DoneLate,
}
