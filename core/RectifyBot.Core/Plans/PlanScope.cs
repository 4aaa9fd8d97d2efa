namespace RectifyBot.Core.Plans;

/// <summary>Who a plan is published to for supervision (公示), all within the unit and the units under it.</summary>
public enum PlanScope
{
    /// <summary>The Party members of the unit and its branches.</summary>
    Members,

    /// <summary>Staff: everyone of the unit and under it who is not a student (retired staff included).</summary>
    Staff,

    /// <summary>Everyone in the roster under the unit.</summary>
    Everyone,
}
