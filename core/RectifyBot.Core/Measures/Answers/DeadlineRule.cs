using RectifyBot.Core.Stages;

namespace RectifyBot.Core.Measures.Answers;

/// <summary>
/// Whether a problem's deadline may be kept. Problems to fix now are fixed within the stage; those that cannot be
/// fixed yet may run past the stage end (with milestones, see <see cref="MilestoneRule"/>) but not past the end of
/// consolidation. Without a calendar (the office has not set one yet) only the past is refused.
/// </summary>
public static class DeadlineRule
{
    /// <returns>Null if the deadline is fine, else the one problem to tell the member.</returns>
    public static DeadlineProblem? Check(DateOnly deadline, HandlingKind handling, DateOnly today, StageCalendar? calendar)
    {
        if (deadline < today)
        {
            return DeadlineProblem.InThePast;
        }

        if (calendar is null)
        {
            return null;
        }

        // For a problem to fix now the stage end is the nearer limit, and the one the member has to meet.
        if (handling == HandlingKind.FixNow && deadline > calendar.StageEnd)
        {
            return DeadlineProblem.AfterStageEnd;
        }

        return deadline > calendar.ConsolidationEnd ? DeadlineProblem.AfterConsolidationEnd : null;
    }
}
