namespace RectifyBot.Core.Supervision;

/// <summary>A reminder of an obligation falling on a China Standard Time day.</summary>
public sealed record Occasion(DateOnly Day, ReminderKind Kind);
