namespace RectifyBot.Core.Roster;

/// <summary>The kinds of unit in the two linked trees of the organisation.</summary>
public enum UnitKind
{
    /// <summary>校党委: the root of the Party tree.</summary>
    UniversityCommittee,

    /// <summary>二级党委, including 机关党委 (the committee for the administrative offices).</summary>
    SecondaryCommittee,

    /// <summary>党总支.</summary>
    GeneralBranch,

    /// <summary>党支部, including class branches (班级党支部).</summary>
    Branch,

    /// <summary>机关部处: an administrative department; its parent is the Party committee it belongs to.</summary>
    Department,

    /// <summary>直属单位: a directly affiliated unit; its parent is the Party committee it belongs to.</summary>
    AffiliatedUnit,
}
