namespace RectifyBot.Core.BranchBuilding;

/// <summary>
/// The open branch-building items a viewer may see (the office: all; a committee's leaders: their committee's; a
/// branch committee: its branch's), and whether they may record a weak branch as reorganised (the office).
/// </summary>
public sealed record BranchBuildingPage(Roster.Roster Roster, IReadOnlyList<BranchBuildingItem> Items, bool CanResolve, DateOnly Today);
