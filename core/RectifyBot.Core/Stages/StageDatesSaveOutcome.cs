namespace RectifyBot.Core.Stages;

/// <summary>
/// What saving did. <see cref="Unreadable"/> lists fields that are not dates; <see cref="Check"/> holds the rule
/// errors (refused) and warnings (saved anyway); <see cref="Entry"/> is the saved calendar.
/// </summary>
public sealed record StageDatesSaveOutcome(
    StageDatesSaveResult Result,
    IReadOnlyList<StageDateField> Unreadable,
    StageCalendarCheck? Check,
    StageCalendarEntry? Entry);
