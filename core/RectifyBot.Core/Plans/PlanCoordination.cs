namespace RectifyBot.Core.Plans;

/// <summary>
/// An accepted 上级协调 item in the parent unit's queue: someone of the parent takes ownership of coordinating it.
/// Kept in the child unit's partition (written with the acceptance), found by the parent through <see cref="ParentUnitCode"/>.
/// </summary>
public sealed record PlanCoordination
{
    public required string UnitCode { get; init; }

    public required int Version { get; init; }

    public required int Item { get; init; }

    public required string ParentUnitCode { get; init; }

    public required string Problem { get; init; }

    public required DateOnly Deadline { get; init; }

    public string? OwnerNumber { get; init; }

    public DateTimeOffset? TakenAt { get; init; }

    public string? ETag { get; init; }

    public string Key => PlanEntries.EntryId(UnitCode, Version, Item);
}
