namespace RectifyBot.Core.Measures.Answers;

/// <summary>Why a deadline that was read is refused (DOMAIN.md §1 and "Deadlines and supervision").</summary>
public enum DeadlineProblem
{
    /// <summary>Before today (CST). Today itself is allowed: a problem fixed today still has a deadline.</summary>
    InThePast,

    /// <summary>A problem to fix now must be fixed by the stage end; only problems that cannot be fixed yet may go past it.</summary>
    AfterStageEnd,

    /// <summary>After the end of consolidation: every deadline lies within the campaign, milestones or not.</summary>
    AfterConsolidationEnd,
}
