namespace RectifyBot.Core.Measures.Answers;

/// <summary>What is wrong with the milestones of a problem that cannot be fixed yet.</summary>
public enum MilestoneProblemKind
{
    /// <summary>No milestone: a problem that cannot be fixed yet is fixed step by step, by dated milestones.</summary>
    NoneGiven,

    /// <summary>More than <see cref="MilestoneRule.MaxCount"/> milestones.</summary>
    TooMany,

    /// <summary>The milestone's date is before today.</summary>
    InThePast,

    /// <summary>The milestone's date is after the problem's deadline: the last step is due by then.</summary>
    AfterDeadline,

    /// <summary>The milestone's date is not after the one before it: milestones are steps in order.</summary>
    NotAfterPrevious,

    /// <summary>The milestone has no description.</summary>
    DescriptionMissing,

    /// <summary>The description is longer than <see cref="MilestoneRule.MaxDescriptionLength"/> characters.</summary>
    DescriptionTooLong,
}
