namespace RectifyBot.Core.BranchBuilding;

/// <summary>
/// One branch-building item: what to fix, where, and who owns it — the principal leader of the secondary committee or
/// general branch the branch (or the class's members) belongs to; the office when that committee has none.
/// </summary>
/// <param name="Kind">What is to be fixed.</param>
/// <param name="Subject">The branch's code, or the class's name for <see cref="BranchFindingKind.ClassWithoutBranch"/>.</param>
/// <param name="CommitteeCode">The secondary committee or general branch responsible.</param>
/// <param name="OwnerNumbers">Who is reminded until it is resolved.</param>
/// <param name="Note">The office's reason for a weak branch; the number of full members for a class.</param>
public sealed record BranchBuildingItem(BranchFindingKind Kind, string Subject, string CommitteeCode, IReadOnlyList<string> OwnerNumbers, string? Note)
{
    /// <summary>"{kind}|{subject}": the supervision subject id.</summary>
    public string Id => Kind + "|" + Subject;
}
