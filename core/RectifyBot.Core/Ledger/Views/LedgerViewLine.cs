namespace RectifyBot.Core.Ledger.Views;

/// <summary>A line of a ledger view with what the cards and the export show next to it, read from the roster.</summary>
/// <param name="Line">The entry's status.</param>
/// <param name="State">Where it stands on the view's day.</param>
/// <param name="DaysOverdue">Days past the deadline (0 unless overdue).</param>
/// <param name="OwnerName">The owner's name (their number if no longer in the roster).</param>
/// <param name="UnitName">The entry's Party unit by name.</param>
/// <param name="DepartmentName">The responsible department by name, if any.</param>
/// <param name="RowUnitCode">The view's unit row (see <see cref="LedgerView.Units"/>) the entry is listed under.</param>
public sealed record LedgerViewLine(
    LedgerLine Line,
    LedgerLineState State,
    int DaysOverdue,
    string OwnerName,
    string UnitName,
    string? DepartmentName,
    string RowUnitCode);
