using RectifyBot.Core.Measures;

namespace RectifyBot.Core.Ledger.Views;

/// <summary>
/// A ledger entry as the ledger views see it: its status, dates and units, never its text (DOMAIN.md "Who sees what":
/// status of ledger entries is shown to unit leaders, the problem and measure text is not).
/// </summary>
public sealed record LedgerLine
{
    public required string EntryId { get; init; }

    public required string OwnerNumber { get; init; }

    /// <summary>The owner's Party unit when the entry was made.</summary>
    public string? UnitCode { get; init; }

    /// <summary>The responsible department (the owner's post unit): rolls up to the Party committee it belongs to.</summary>
    public string? ResponsibleDepartmentCode { get; init; }

    public required DateOnly Deadline { get; init; }

    public required HandlingKind Handling { get; init; }

    public required ProblemArea Area { get; init; }

    public LedgerEntryStatus Status { get; init; } = LedgerEntryStatus.Open;

    public DateTimeOffset? CompletedAt { get; init; }

    public bool? CompletedOnTime { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Where the entry stands on <paramref name="today"/> (China Standard Time): overdue from the day after the deadline.</summary>
    public LedgerLineState StateOn(DateOnly today) => Status switch
    {
        LedgerEntryStatus.Done => CompletedOnTime == false ? LedgerLineState.DoneLate : LedgerLineState.DoneOnTime,
        _ => today > Deadline ? LedgerLineState.Overdue : LedgerLineState.InProgress,
    };

    /// <summary>Whole days past the deadline on <paramref name="today"/>: 1 on the day after it; 0 when not overdue.</summary>
    public int DaysOverdueOn(DateOnly today) => StateOn(today) == LedgerLineState.Overdue ? today.DayNumber - Deadline.DayNumber : 0;
}
