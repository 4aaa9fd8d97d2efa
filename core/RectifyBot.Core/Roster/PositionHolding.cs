namespace RectifyBot.Core.Roster;

/// <summary>A position a person holds, in a unit where the position belongs to one (null for university-wide ones).</summary>
public sealed record PositionHolding(Position Position, string? UnitCode = null);
