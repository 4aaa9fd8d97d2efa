namespace RectifyBot.Core.Measures;

/// <summary>A dated checkpoint of a problem that cannot be fixed yet (a calendar date in China Standard Time).</summary>
public sealed record Milestone(DateOnly Date, string Description);
