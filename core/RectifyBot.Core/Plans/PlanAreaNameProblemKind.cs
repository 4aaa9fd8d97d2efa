namespace RectifyBot.Core.Plans;

public enum PlanAreaNameProblemKind
{
    Required,
    TooLong,

    /// <summary>Another area in force has this name.</summary>
    Duplicate,
}
