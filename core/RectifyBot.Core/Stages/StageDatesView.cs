using RectifyBot.Core.Roster;

namespace RectifyBot.Core.Stages;

/// <summary>
/// The calendars one person sees: the university's and their committee's own (the one they lead, else the one they
/// belong to), and which one they may set: <see cref="EditableScope"/> null with <see cref="CanEdit"/> is the university's.
/// </summary>
public sealed record StageDatesView(
    Roster.Roster Roster,
    StageCalendarEntry? University,
    OrganisationUnit? Committee,
    StageCalendarEntry? CommitteeCalendar,
    string? EditableScope,
    bool CanEdit);
