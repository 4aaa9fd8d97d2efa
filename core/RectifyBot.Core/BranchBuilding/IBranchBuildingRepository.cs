namespace RectifyBot.Core.BranchBuilding;

/// <summary>The office's resolutions of weak branches and the branches' best Party-day activities; every write keeps who and when.</summary>
public interface IBranchBuildingRepository
{
    /// <summary>Records a resolution (the one in force per branch; earlier ones stay as history).</summary>
    Task SaveResolutionAsync(WeakBranchResolution resolution, CancellationToken cancellationToken = default);

    /// <summary>The resolution in force of each branch that has one.</summary>
    Task<IReadOnlyList<WeakBranchResolution>> ListResolutionsAsync(CancellationToken cancellationToken = default);

    Task AddActivityAsync(PartyDayActivity activity, CancellationToken cancellationToken = default);

    /// <summary>A branch's activities, latest date first.</summary>
    Task<IReadOnlyList<PartyDayActivity>> ListActivitiesAsync(string branchCode, CancellationToken cancellationToken = default);
}
