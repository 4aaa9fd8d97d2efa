namespace RectifyBot.Core.Plans;

/// <summary>How a version was published: the scope, when, and when its feedback window closes (the end of a CST day, kept in UTC).</summary>
public sealed record PlanPublication(PlanScope Scope, DateTimeOffset PublishedAt, DateOnly LastDay, DateTimeOffset ClosesAt);
