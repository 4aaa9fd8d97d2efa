using RectifyBot.Core.Reviews;

namespace RectifyBot.Core.Roster;

/// <summary>
/// What the office should fix in the organisation. <see cref="RosterHealth.Check"/> fills what the roster alone can tell;
/// the caller fills <see cref="PeopleNotReachable"/> and <see cref="TeamsUsersNotInRoster"/> from storage (with <c>with</c>).
/// </summary>
public sealed record RosterHealthReport
{
    /// <summary>Branches with no active secretary.</summary>
    public IReadOnlyList<string> BranchesWithoutSecretary { get; init; } = [];

    /// <summary>Branches with no active committee member (a secretary counts as one).</summary>
    public IReadOnlyList<string> BranchesWithoutCommittee { get; init; } = [];

    public IReadOnlyList<SeniorClassWithoutBranch> SeniorClassesWithoutBranch { get; init; } = [];

    /// <summary>Units whose members' measures fall back to the office, with why and whose.</summary>
    public IReadOnlyList<UnitRoutingFallback> RoutingFallbacks { get; init; } = [];

    /// <summary>Branches the office flagged as weak, with the reason it recorded.</summary>
    public IReadOnlyList<WeakBranchFlag> WeakBranches { get; init; } = [];

    /// <summary>Person numbers of people the bot cannot message yet (not bound, never opened the bot); filled by the caller.</summary>
    public IReadOnlyList<string> PeopleNotReachable { get; init; } = [];

    /// <summary>Teams users (UPN or AAD object id) who contacted the bot but are not in the roster; filled by the caller.</summary>
    public IReadOnlyList<string> TeamsUsersNotInRoster { get; init; } = [];

    public bool IsHealthy =>
        BranchesWithoutSecretary.Count == 0 && BranchesWithoutCommittee.Count == 0 && SeniorClassesWithoutBranch.Count == 0
        && RoutingFallbacks.Count == 0 && WeakBranches.Count == 0 && PeopleNotReachable.Count == 0 && TeamsUsersNotInRoster.Count == 0;
}

/// <summary>A senior undergraduate class with enough full members for a class branch and none.</summary>
public sealed record SeniorClassWithoutBranch(string ClassName, IReadOnlyList<string> FullMemberNumbers);

/// <summary>A unit where routing falls back to the office for one reason, and whose measures do.</summary>
public sealed record UnitRoutingFallback(string? UnitCode, RouteFallbackReason Reason, IReadOnlyList<string> AuthorNumbers);
