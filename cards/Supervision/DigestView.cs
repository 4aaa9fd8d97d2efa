namespace RectifyBot.Cards.Supervision;

/// <summary>A person's reminders of a day (the daily digest), or all their current obligations ("督办提醒").</summary>
public sealed record DigestView(DateOnly Day, IReadOnlyList<DigestLine> Lines, int MaxItems, bool IsFullList = false);
