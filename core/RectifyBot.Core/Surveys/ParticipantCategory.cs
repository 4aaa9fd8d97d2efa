namespace RectifyBot.Core.Surveys;

/// <summary>Who respondents are (DOMAIN.md §7). <see cref="Other"/> is what a group under 5 people becomes on its answers.</summary>
public enum ParticipantCategory
{
    /// <summary>党员 (serving, not retired).</summary>
    PartyMember,

    /// <summary>基层群众: staff and students who are not Party or democratic-party members and not retired.</summary>
    GrassrootsMasses,

    /// <summary>民主党派成员.</summary>
    DemocraticPartyMember,

    /// <summary>离退休人员.</summary>
    RetiredStaff,

    /// <summary>服务对象: not in the roster, reached by unnamed one-time links.</summary>
    ServiceRecipient,

    /// <summary>Any category with fewer than 5 people asked in the unit (merged so a small group cannot be singled out).</summary>
    Other,
}
