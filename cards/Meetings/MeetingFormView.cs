using RectifyBot.Core.Meetings;

namespace RectifyBot.Cards.Meetings;

/// <summary>
/// The meeting (or guidance visit) form of one unit as it stands: the form's id (a second send records nothing new),
/// the values as typed, the problems the server found (each shown under its field) and a notice key or null.
/// </summary>
public sealed record MeetingFormView(
    string UnitCode,
    string UnitName,
    bool GuidanceVisit,
    string FormId,
    MeetingInput Input,
    IReadOnlyList<MeetingProblem> Problems,
    Core.Roster.Roster Roster)
{
    public string? NoticeKey { get; init; }
}
