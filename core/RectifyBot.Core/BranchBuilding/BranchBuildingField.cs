namespace RectifyBot.Core.BranchBuilding;

/// <summary>The fields of the branch-building forms, for errors next to the field.</summary>
public enum BranchBuildingField
{
    Branch,
    Title,
    Date,
    Description,
    Note,
}
