namespace RectifyBot.Core.Meetings;

/// <summary>
/// What was held (DOMAIN.md §5 and §8–10): the meetings a unit records, and a school leader's guidance visit (指导),
/// recorded the same way. The name is stored: never rename one.
/// </summary>
public enum MeetingKind
{
    /// <summary>专题民主生活会: a leadership team's special democratic-life meeting.</summary>
    DemocraticLifeMeeting,

    /// <summary>专题组织生活会: a branch's special organisational-life meeting.</summary>
    OrganisationalLifeMeeting,

    /// <summary>领导小组会议: the leadership group's meeting at any level (university, committee, branch).</summary>
    LeadershipGroupMeeting,

    /// <summary>支部会议: a branch meeting.</summary>
    BranchMeeting,

    /// <summary>总结大会: the closing conference.</summary>
    ClosingConference,

    /// <summary>指导: a school leader's guidance visit to the unit.</summary>
    GuidanceVisit,
}
