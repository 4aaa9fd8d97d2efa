namespace RectifyBot.Core.Stages;

/// <summary>
/// The outcome of checking a calendar: <see cref="Errors"/> refuse it; <see cref="Warnings"/> are shown to the office,
/// which may keep the dates (the 2–3 months of consolidation are a guideline, not a rule).
/// </summary>
public sealed record StageCalendarCheck(IReadOnlyList<StageCalendarProblem> Errors, IReadOnlyList<StageCalendarProblem> Warnings)
{
    public bool IsValid => Errors.Count == 0;
}
