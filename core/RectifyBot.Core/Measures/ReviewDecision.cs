namespace RectifyBot.Core.Measures;

/// <summary>A decision on one version: who, when and why (DOMAIN.md §1 "Every decision keeps who, when and why").</summary>
/// <remarks>
/// ByNumber: The reviewer; for an external decision, the office staff member who recorded it.<br/>
/// External: The higher Party committee decided (recorded by the office).<br/>
/// </remarks>
public sealed record ReviewDecision(ReviewOutcome Outcome, string ByNumber, DateTimeOffset At, string? Comment, bool External = false);
