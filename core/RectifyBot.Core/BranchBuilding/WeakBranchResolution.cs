namespace RectifyBot.Core.BranchBuilding;

/// <summary>The office's record that a weak branch was reorganised (整顿完成): it resolves the flags made before it.</summary>
public sealed record WeakBranchResolution(string UnitCode, string Note, string ResolvedBy, DateTimeOffset ResolvedAt);
