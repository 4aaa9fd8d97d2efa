namespace RectifyBot.Core.Ledger;

public enum LedgerEntryStatus
{
    Open,
    Done,
}
