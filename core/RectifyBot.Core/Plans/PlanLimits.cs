namespace RectifyBot.Core.Plans;

/// <summary>
/// Lengths and counts the server enforces. Acceptance writes the version, a ledger entry and a coordination row per
/// item, an event and the notices in one transaction: 20 items keep it well within 100 actions.
/// </summary>
public static class PlanLimits
{
    public const int Items = 20;
    public const int Problem = 1000;
    public const int OwnArea = 50;
    public const int Explanation = 1000;
    public const int Milestones = 6;
    public const int MilestoneDescription = 200;
    public const int Comment = 1000;

    /// <summary>The longest feedback window, in days.</summary>
    public const int WindowDays = 60;
}
