using RectifyBot.Core.Stages;

namespace RectifyBot.Cards.Stages;

/// <summary>
/// The stage-dates form as it was submitted: the values as typed (shown back unchanged), the problems per field,
/// warnings of saved dates, and a notice key ("StageDates_Saved", "StageDates_NotSaved", …) or null.
/// </summary>
public sealed record StageDatesForm(
    StageDatesInput Input,
    IReadOnlyList<StageDateField> Unreadable,
    IReadOnlyList<StageCalendarProblem> Problems,
    string? NoticeKey)
{
    public static StageDatesForm Blank { get; } = new(StageDatesInput.Empty, [], [], null);
}
