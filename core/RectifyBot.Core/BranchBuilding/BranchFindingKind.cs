namespace RectifyBot.Core.BranchBuilding;

/// <summary>
/// What branch building (DOMAIN.md §6) must fix, found in the roster or judged by the office. Stored in supervision
/// subject ids: never rename one.
/// </summary>
public enum BranchFindingKind
{
    /// <summary>A branch with committee members but no secretary: fill the post.</summary>
    NoSecretary,

    /// <summary>A branch with no committee at all (no secretary, no member): elect one.</summary>
    NoCommittee,

    /// <summary>A senior undergraduate class with enough full members and no class branch: set one up.</summary>
    ClassWithoutBranch,

    /// <summary>A branch the office flagged weak (软弱涣散): reorganise it; the office records when it is done.</summary>
    Weak,
}
