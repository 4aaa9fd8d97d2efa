namespace RectifyBot.Core.Plans;

/// <summary>What is wrong with one field (the cards show it next to the field, in the user's language).</summary>
public enum PlanProblemKind
{
    Required,
    TooLong,
    UnknownArea,
    DeadlineInPast,
    ExplanationRequired,
    MilestonesRequired,
    MilestoneAfterDeadline,
    TooManyMilestones,
    UnknownUnit,
    PersonOutsideUnit,
    WindowInPast,
    WindowTooLong,
    NoItems,
    TooManyItems,
}

/// <summary>One problem: the item (null for publication fields), the field, and what is wrong.</summary>
public sealed record PlanProblem(int? Item, PlanField Field, PlanProblemKind Kind);
