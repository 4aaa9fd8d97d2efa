namespace RectifyBot.Core.BranchBuilding;

/// <summary>The Chinese names where no user's language applies: supervision obligations' titles (cards use the resx names).</summary>
public static class BranchBuildingNames
{
    public static string Chinese(BranchFindingKind kind) => kind switch
    {
        BranchFindingKind.NoSecretary => "支部无书记",
        BranchFindingKind.NoCommittee => "支部无支委",
        BranchFindingKind.ClassWithoutBranch => "应建班级党支部",
        _ => "软弱涣散，待整顿",
    };
}
