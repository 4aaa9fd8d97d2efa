namespace RectifyBot.Core.Reviews;

/// <summary>
/// Where one version of a member's measures goes. Fixed per version: a later roster change re-routes open items explicitly.
/// </summary>
/// <param name="Rule">The rule that decided, by precedence.</param>
/// <param name="Reviewers">Person numbers who may decide; for a branch committee several, of whom the first decision stands. Empty in a fallback or for an external decision.</param>
/// <param name="ViaOffice">The office sees the submission first and forwards it (one action) before the reviewer sees it.</param>
/// <param name="InspectionGroupAssists">The inspection group gets an assisting (read-only) copy.</param>
/// <param name="ExternalDecision">The university committee's principal leader: the office records the higher Party committee's decision.</param>
/// <param name="Fallback">Why the rule's reviewer is missing; the measure goes to the office, which assigns a reviewer (never decides).</param>
/// <param name="Override">The office's override of this person's route, with its reason.</param>
public sealed record ReviewRoute(
    RoutingRule Rule,
    IReadOnlyList<string> Reviewers,
    bool ViaOffice,
    bool InspectionGroupAssists,
    bool ExternalDecision,
    RouteFallback? Fallback,
    RouteOverride? Override)
{
    public bool ReviewedByGroup => Rule == RoutingRule.OtherMember && Fallback is null && Override is null;
}

/// <summary>Why routing fell back to the office.</summary>
public sealed record RouteFallback(RouteFallbackReason Reason, string? UnitCode);

public enum RouteFallbackReason
{
    /// <summary>The author's committee or general branch has no active principal leader.</summary>
    NoPrincipalLeader,

    /// <summary>No active school leader is liaison for the unit.</summary>
    NoLiaison,

    /// <summary>The author's branch has no active committee member other than the author.</summary>
    EmptyBranchCommittee,

    /// <summary>The author's unit has no active head other than the author.</summary>
    NoHead,

    /// <summary>The university committee has no active principal leader.</summary>
    NoUniversityPrincipalLeader,

    /// <summary>The author's Party organisation or post points to no unit of the roster.</summary>
    UnknownUnit,
}

/// <summary>The office's decision to route one person's measures to a named reviewer, with the reason kept.</summary>
public sealed record RouteOverride(string AuthorNumber, string ReviewerNumber, string Reason, string SetBy, DateTimeOffset SetAt);
