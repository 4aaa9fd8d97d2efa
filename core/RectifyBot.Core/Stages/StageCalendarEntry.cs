namespace RectifyBot.Core.Stages;

/// <summary>
/// A calendar as stored, with who set it and when (audit). <see cref="UnitCode"/> is null for the university's
/// calendar, else the secondary committee whose own calendar it is.
/// </summary>
public sealed record StageCalendarEntry(string? UnitCode, StageCalendar Calendar, string SetByNumber, DateTimeOffset SetAt);
