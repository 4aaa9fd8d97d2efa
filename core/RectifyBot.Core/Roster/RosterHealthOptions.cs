namespace RectifyBot.Core.Roster;

/// <summary>Thresholds of the roster-health report (DOMAIN.md §6 branch building).</summary>
public sealed record RosterHealthOptions
{
    /// <summary>An undergraduate class from this year (年级) up is senior.</summary>
    public int SeniorYear { get; init; } = 3;

    /// <summary>A senior class with this many full members or more should have its own class branch.</summary>
    public int ClassBranchFullMembers { get; init; } = 3;
}
