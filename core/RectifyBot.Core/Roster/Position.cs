namespace RectifyBot.Core.Roster;

/// <summary>The positions that review routing and visibility depend on.</summary>
public enum Position
{
    /// <summary>校党委主要负责同志: the university committee's principal leader (no unit).</summary>
    UniversityPrincipalLeader,

    /// <summary>校领导班子成员: a member of the university leadership team, a school leader (no unit).</summary>
    UniversityLeadershipMember,

    /// <summary>主要负责人 of a secondary committee or general branch (unit = that committee).</summary>
    PrincipalLeader,

    /// <summary>Other member of a secondary unit's leadership team (党政领导班子; unit = that committee).</summary>
    LeadershipTeamMember,

    /// <summary>党支部书记 (unit = the branch).</summary>
    BranchSecretary,

    /// <summary>支部委员 (unit = the branch); a secretary is a committee member too.</summary>
    BranchCommitteeMember,

    /// <summary>校先进办 staff (no unit).</summary>
    OfficeStaff,

    /// <summary>巡回检查组 member (no unit).</summary>
    InspectionGroupMember,
}
