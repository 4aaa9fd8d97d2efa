namespace RectifyBot.Core.Ledger;

/// <summary>What became this ledger entry: a problem of an approved personal measure, or (later) a plan item.</summary>
public enum LedgerSource
{
    Measure,
    PlanItem,
}
