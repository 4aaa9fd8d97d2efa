using RectifyBot.Core.Ledger;

namespace RectifyBot.Core.Supervision.Bulletins;

/// <summary>
/// The weekly bulletin (通报) of one secondary committee or general branch: this week's figures, last week's (null the
/// first week), the oldest overdue entries, and whether the stage is in its consolidation period.
/// </summary>
public sealed record UnitBulletin(
    string UnitCode, string UnitName, DateOnly Week, bool IsConsolidation, BulletinFigures Figures, BulletinFigures? LastWeek, IReadOnlyList<LedgerEntry> Overdue);
