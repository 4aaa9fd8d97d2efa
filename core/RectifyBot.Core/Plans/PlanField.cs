namespace RectifyBot.Core.Plans;

/// <summary>The fields of a plan item and of publication, in the order the conversation asks them; errors name one.</summary>
public enum PlanField
{
    Problem,
    Area,
    Handling,
    Deadline,
    Explanation,
    Milestones,
    ResponsibleUnit,
    ResponsiblePerson,
    Goals,
    Scope,
    WindowEnd,
    Items,
}
