namespace RectifyBot.Core.BranchBuilding;

/// <summary>Lengths the server enforces for branch building.</summary>
public static class BranchBuildingLimits
{
    public const int ActivityTitle = 100;

    public const int ActivityDescription = 2000;

    public const int ResolutionNote = 200;
}
