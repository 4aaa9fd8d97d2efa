namespace RectifyBot.Core.Ledger.Views;

/// <summary>
/// One unit's row of a ledger view, rolled up: the entries of the unit and every unit under it (a department's under
/// its Party committee), each counted once, and the submission coverage of the members there.
/// </summary>
public sealed record LedgerUnitSummary(string UnitCode, string UnitName)
{
    public int InProgress { get; init; }

    public int Overdue { get; init; }

    public int DoneOnTime { get; init; }

    public int DoneLate { get; init; }

    /// <summary>Active Party members (full and probationary) of the unit and the units under it.</summary>
    public int Members { get; init; }

    /// <summary>Of <see cref="Members"/>, those who have submitted measures.</summary>
    public int Submitted { get; init; }

    public int Total => InProgress + Overdue + DoneOnTime + DoneLate;

    public int Done => DoneOnTime + DoneLate;

    /// <summary>Done ÷ total, 0 with no entries.</summary>
    public double CompletionRate => Total == 0 ? 0 : (double)Done / Total;

    /// <summary>Submitted ÷ members, 0 with no members.</summary>
    public double Coverage => Members == 0 ? 0 : (double)Submitted / Members;

    public int Count(LedgerLineState state) => state switch
    {
        LedgerLineState.InProgress => InProgress,
        LedgerLineState.Overdue => Overdue,
        LedgerLineState.DoneOnTime => DoneOnTime,
        _ => DoneLate,
    };
}
