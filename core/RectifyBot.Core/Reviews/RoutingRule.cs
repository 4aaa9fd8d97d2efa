namespace RectifyBot.Core.Reviews;

/// <summary>
/// The rules of DOMAIN.md §1 "Review routing", in their order of precedence: for a person holding several
/// positions, the first rule that matches decides.
/// </summary>
public enum RoutingRule
{
    /// <summary>校党委主要负责同志: no reviewer inside the university; the office records the higher committee's decision.</summary>
    UniversityPrincipalLeader,

    /// <summary>校领导班子成员: reviewed directly by the university committee's principal leader; the inspection group assists.</summary>
    UniversityLeadershipMember,

    /// <summary>Principal leader of a secondary committee / general branch: via the office, to the liaison school leader.</summary>
    CommitteePrincipalLeader,

    /// <summary>Head (正职) of a department or affiliated unit: via the office, to the relevant school leader.</summary>
    DepartmentHead,

    /// <summary>Other leadership-team member of a secondary unit: directly, to their committee's principal leader.</summary>
    LeadershipTeamMember,

    /// <summary>Branch secretary: directly, to their committee's principal leader.</summary>
    BranchSecretary,

    /// <summary>Deputy (副职) of a department or affiliated unit: directly, to the head of their unit.</summary>
    Deputy,

    /// <summary>Every other member: directly, to their branch committee; any committee member may act for it.</summary>
    OtherMember,
}
