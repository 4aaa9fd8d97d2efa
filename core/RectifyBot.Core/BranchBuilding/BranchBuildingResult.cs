namespace RectifyBot.Core.BranchBuilding;

/// <summary>What a branch-building action did, or why it was refused (each with its own message).</summary>
public enum BranchBuildingResult
{
    Done,

    NotAllowed,

    /// <summary>No branch has this code (or, for a resolution, no open weak-branch flag).</summary>
    UnknownBranch,

    /// <summary>A field is wrong (see the problems by field); nothing saved.</summary>
    Invalid,
}
