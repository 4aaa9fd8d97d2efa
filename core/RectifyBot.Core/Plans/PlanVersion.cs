namespace RectifyBot.Core.Plans;

/// <summary>
/// One published version of a unit's plan. A unit has one plan per stage with versions 1, 2, …: a version that needs
/// revision is followed by the next, published again. The unit and its parent are recorded when published, so later
/// roster changes do not rewrite history.
/// </summary>
public sealed record PlanVersion
{
    public required string UnitCode { get; init; }

    public required int Version { get; init; }

    /// <summary>Who published it (a leader of the unit or the office): escalation goes to them.</summary>
    public required string AuthorNumber { get; init; }

    /// <summary>The unit it is filed with (for a department: its Party committee); null for the university committee.</summary>
    public string? ParentUnitCode { get; init; }

    public required IReadOnlyList<PlanItem> Items { get; init; }

    public required PlanPublication Publication { get; init; }

    public required PlanStatus Status { get; init; }

    public PlanDecision? Decision { get; init; }

    public DateTimeOffset? FiledAt { get; init; }

    public string? FiledByNumber { get; init; }

    public DateTimeOffset? AcknowledgedAt { get; init; }

    public string? AcknowledgedByNumber { get; init; }

    /// <summary>Storage's concurrency token; null before the first save.</summary>
    public string? ETag { get; init; }
}
