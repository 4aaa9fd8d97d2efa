using RectifyBot.Core.Access;

namespace RectifyBot.Core.Roster;

/// <summary>
/// "标记软弱涣散 &lt;单位编码&gt; &lt;原因&gt;": the office records its judgement that a branch is weak (DOMAIN.md §6), with who,
/// when and why; the roster-health report lists it.
/// </summary>
public sealed class WeakBranchFlagging(IRosterRepository rosters, IWeakBranchFlags flags, TimeProvider time)
{
    /// <summary>The longest reason kept; a judgement, not a report.</summary>
    public const int MaxReasonLength = 200;

    public async Task<WeakBranchFlagOutcome> FlagAsync(Person viewer, string unitCode, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (!AccessPolicy.CanManageRoster(viewer))
        {
            return new WeakBranchFlagOutcome(WeakBranchFlagResult.Refused, null, null);
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > MaxReasonLength)
        {
            return new WeakBranchFlagOutcome(WeakBranchFlagResult.ReasonMissingOrTooLong, null, null);
        }

        var roster = await rosters.LoadCurrentAsync(cancellationToken).ConfigureAwait(false);
        if (roster.Unit(unitCode?.Trim()) is not { Kind: UnitKind.Branch } branch)
        {
            return new WeakBranchFlagOutcome(WeakBranchFlagResult.NotABranch, null, null);
        }

        var flag = new WeakBranchFlag(branch.Code, reason.Trim(), viewer.Number, time.GetUtcNow());
        await flags.SaveAsync(flag, cancellationToken).ConfigureAwait(false);
        return new WeakBranchFlagOutcome(WeakBranchFlagResult.Flagged, flag, branch);
    }
}

public enum WeakBranchFlagResult
{
    Flagged,
    Refused,
    NotABranch,
    ReasonMissingOrTooLong,
}

/// <summary>What flagging did; <see cref="Flag"/> and <see cref="Branch"/> are set when <see cref="WeakBranchFlagResult.Flagged"/>.</summary>
public sealed record WeakBranchFlagOutcome(WeakBranchFlagResult Result, WeakBranchFlag? Flag, OrganisationUnit? Branch);
