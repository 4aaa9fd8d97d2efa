namespace RectifyBot.Core.Stages;

/// <summary>What is wrong, or unusual, about a stage calendar. See <see cref="StageCalendarCheck"/> for which ones refuse it.</summary>
public enum StageCalendarProblem
{
    /// <summary>Refused: the submission deadline is before the start.</summary>
    SubmissionBeforeStart,

    /// <summary>Refused: the stage ends before the submission deadline.</summary>
    StageEndBeforeSubmission,

    /// <summary>Refused: consolidation ends on or before the stage end.</summary>
    ConsolidationNotAfterStageEnd,

    /// <summary>Warning: consolidation is shorter than the 2 months DOMAIN.md gives as a guideline.</summary>
    ConsolidationShorterThanTwoMonths,

    /// <summary>Warning: consolidation is longer than the 3 months DOMAIN.md gives as a guideline.</summary>
    ConsolidationLongerThanThreeMonths,

    /// <summary>Refused (committee calendars): starts before the university's start.</summary>
    StartsBeforeUniversity,

    /// <summary>Refused (committee calendars): the submission deadline is after the university's.</summary>
    SubmissionAfterUniversity,

    /// <summary>Refused (committee calendars): the stage ends after the university's stage end.</summary>
    StageEndAfterUniversity,

    /// <summary>Refused (committee calendars): consolidation ends after the university's.</summary>
    ConsolidationEndAfterUniversity,
}
