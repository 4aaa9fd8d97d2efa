namespace RectifyBot.Core.Roster;

/// <summary>The office's weak-branch (软弱涣散) flags: one in force per branch, every earlier one kept as history.</summary>
public interface IWeakBranchFlags
{
    /// <summary>Records a flag; it replaces the one in force for the same branch, which stays in the history.</summary>
    Task SaveAsync(WeakBranchFlag flag, CancellationToken cancellationToken = default);

    /// <summary>The flags in force, one per branch.</summary>
    Task<IReadOnlyList<WeakBranchFlag>> ListAsync(CancellationToken cancellationToken = default);
}
