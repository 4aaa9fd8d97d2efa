namespace RectifyBot.Core.Plans;

/// <summary>
/// One transition of a unit's plan, for the audit trail: who, when, what. Written in the unit's partition in the same
/// transaction as the state it records.
/// </summary>
/// <param name="At">When.</param>
/// <param name="ByNumber">Who (a roster number; "system" for the window closing on its timer).</param>
/// <param name="Kind">What happened.</param>
/// <param name="Version">The version it concerns.</param>
/// <param name="Item">The item it concerns, if one.</param>
/// <param name="Detail">A comment, the counts, the parent filed with.</param>
public sealed record PlanEvent(DateTimeOffset At, string ByNumber, PlanEventKind Kind, int Version, int? Item, string? Detail)
{
    /// <summary>The actor recorded for transitions the timer makes.</summary>
    public const string System = "system";
}
