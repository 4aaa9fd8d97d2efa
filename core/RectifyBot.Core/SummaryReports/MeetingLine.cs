using RectifyBot.Core.Meetings;

namespace RectifyBot.Core.SummaryReports;

/// <summary>A meeting or guidance visit of the unit (or a unit under it), names resolved for the report.</summary>
public sealed record MeetingLine(string UnitName, MeetingKind Kind, DateOnly Date, int Attendees, string? VisitorName, string Summary);
