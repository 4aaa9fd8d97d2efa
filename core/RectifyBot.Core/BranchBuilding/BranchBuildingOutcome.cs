namespace RectifyBot.Core.BranchBuilding;

/// <summary>The result, and the fields with what is wrong with each when invalid ("Required", "TooLong", "NotADate", "InTheFuture").</summary>
public sealed record BranchBuildingOutcome(BranchBuildingResult Result, IReadOnlyList<(BranchBuildingField Field, string Problem)> Problems)
{
    public static BranchBuildingOutcome Of(BranchBuildingResult result) => new(result, []);
}
