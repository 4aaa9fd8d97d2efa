namespace RectifyBot.Core.Plans;

/// <summary>How a plan item will be handled (DOMAIN.md §3–4).</summary>
public enum PlanHandling
{
    /// <summary>立即整改: can be fixed now, by a deadline.</summary>
    FixNow,

    /// <summary>逐步解决: cannot be fixed yet; explained to the masses and fixed step by step by dated milestones.</summary>
    StepByStep,

    /// <summary>上级协调: complex, crossing units; escalated to the upper committee, which takes ownership of coordinating it.</summary>
    UpperCoordination,
}
