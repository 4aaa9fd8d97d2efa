namespace RectifyBot.Core.StatusReports;

/// <summary>
/// What a unit's ledger says on the day its status is published, rolled up over the unit and the units under it like
/// the ledger view (台帐): entries in progress, overdue, done on time and done late (counts only: members' text is never
/// published), and the unit's plan items that cannot be fixed yet with the explanation given to the masses.
/// </summary>
public sealed record StatusSummary(int InProgress, int Overdue, int DoneOnTime, int DoneLate, IReadOnlyList<ExplainedItem> Explained)
{
    public int Total => InProgress + Overdue + DoneOnTime + DoneLate;

    public int Done => DoneOnTime + DoneLate;
}
