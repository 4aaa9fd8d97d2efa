namespace RectifyBot.Core.Plans;

/// <summary>The four goals a unit's plan serves (DOMAIN.md §2).</summary>
public enum PlanGoal
{
    /// <summary>提高党员素质</summary>
    MemberQuality,

    /// <summary>加强基层组织</summary>
    GrassrootsOrganisation,

    /// <summary>服务人民群众</summary>
    ServingThePeople,

    /// <summary>促进各项工作</summary>
    AdvancingWork,
}
