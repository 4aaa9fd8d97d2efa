using RectifyBot.Core.Roster;

namespace RectifyBot.Core.Reviews;

/// <summary>
/// DOMAIN.md §1 "Review routing": which rule decides for an author, and who reviews.
/// Choices where DOMAIN.md is silent:
/// <list type="bullet">
/// <item>A rule tied to a unit uses the author's first holding of that position (roster order).</item>
/// <item>A department or affiliated unit's head goes to the school leader(s) liaison for the department itself;
/// if there is none, to the liaison(s) for the Party committee it belongs to; only then to the office.</item>
/// <item>A liaison counts only if the person is a school leader (holds a university leadership position).</item>
/// <item>The university committee's principal leader is a school leader too: the inspection group assists.</item>
/// <item>An override naming the author, or no active person of the roster, is not applied: the computed route stands.</item>
/// </list>
/// </summary>
public static class ReviewRouter
{
    public static ReviewRoute RouteFor(Person author, Roster.Roster roster, RouteOverride? routeOverride = null)
    {
        ArgumentNullException.ThrowIfNull(author);
        ArgumentNullException.ThrowIfNull(roster);
        if (routeOverride is not null && !string.Equals(routeOverride.AuthorNumber, author.Number, StringComparison.Ordinal))
        {
            throw new ArgumentException("The override is for another author.", nameof(routeOverride));
        }

        var rule = DecidingRule(author);
        var route = RouteByRule(rule, author, roster);
        return routeOverride is not null && IsApplicable(routeOverride, author, roster)
            ? route with { Reviewers = [routeOverride.ReviewerNumber], ExternalDecision = false, Fallback = null, Override = routeOverride }
            : route;
    }

    /// <summary>Every rule the author qualifies for by their holdings and post, highest precedence first.</summary>
    public static IReadOnlyList<RoutingRule> QualifyingRules(Person author)
    {
        ArgumentNullException.ThrowIfNull(author);
        var rules = new List<RoutingRule>();
        AddIf(author.Holds(Position.UniversityPrincipalLeader), RoutingRule.UniversityPrincipalLeader);
        AddIf(author.Holds(Position.UniversityLeadershipMember), RoutingRule.UniversityLeadershipMember);
        AddIf(author.Holds(Position.PrincipalLeader), RoutingRule.CommitteePrincipalLeader);
        AddIf(author.Post is { Rank: PostRank.Head }, RoutingRule.DepartmentHead);
        AddIf(author.Holds(Position.LeadershipTeamMember), RoutingRule.LeadershipTeamMember);
        AddIf(author.Holds(Position.BranchSecretary), RoutingRule.BranchSecretary);
        AddIf(author.Post is { Rank: PostRank.Deputy }, RoutingRule.Deputy);
        rules.Add(RoutingRule.OtherMember);
        return rules;

        void AddIf(bool qualifies, RoutingRule rule)
        {
            if (qualifies)
            {
                rules.Add(rule);
            }
        }
    }

    /// <summary>The first rule by precedence that the author qualifies for.</summary>
    public static RoutingRule DecidingRule(Person author) => QualifyingRules(author)[0];

    /// <summary>A stable resource key saying in words which rule routed the measure (cards localize it).</summary>
    public static string DescribeKey(ReviewRoute route)
    {
        ArgumentNullException.ThrowIfNull(route);
        return route.Rule switch
        {
            RoutingRule.UniversityPrincipalLeader => "Route_ExternalDecision",
            RoutingRule.UniversityLeadershipMember => "Route_UniversityPrincipalLeader",
            RoutingRule.CommitteePrincipalLeader => "Route_LiaisonSchoolLeader",
            RoutingRule.DepartmentHead => "Route_RelevantSchoolLeader",
            RoutingRule.LeadershipTeamMember => "Route_CommitteePrincipalLeader_ForLeadershipTeam",
            RoutingRule.BranchSecretary => "Route_CommitteePrincipalLeader_ForBranchSecretary",
            RoutingRule.Deputy => "Route_HeadOfUnit",
            RoutingRule.OtherMember => "Route_BranchCommittee",
            _ => throw new ArgumentOutOfRangeException(nameof(route), route.Rule, "Unknown rule."),
        };
    }

    /// <summary>A stable resource key for why the route fell back to the office, or for the office's override; null otherwise.</summary>
    public static string? DescribeDeviationKey(ReviewRoute route)
    {
        ArgumentNullException.ThrowIfNull(route);
        if (route.Override is not null)
        {
            return "Route_Override";
        }

        return route.Fallback is { } fallback ? "RouteFallback_" + fallback.Reason : null;
    }

    private static bool IsApplicable(RouteOverride routeOverride, Person author, Roster.Roster roster) =>
        !string.Equals(routeOverride.ReviewerNumber, author.Number, StringComparison.Ordinal)
        && roster.Person(routeOverride.ReviewerNumber) is { Active: true };

    private static ReviewRoute RouteByRule(RoutingRule rule, Person author, Roster.Roster roster) => rule switch
    {
        RoutingRule.UniversityPrincipalLeader => new ReviewRoute(rule, [], ViaOffice: false, InspectionGroupAssists: true, ExternalDecision: true, null, null),
        RoutingRule.UniversityLeadershipMember => ToUniversityPrincipalLeader(author, roster),
        RoutingRule.CommitteePrincipalLeader => ToCommitteeLiaison(author, roster),
        RoutingRule.DepartmentHead => ToDepartmentLiaison(author, roster),
        RoutingRule.LeadershipTeamMember => ToOwnPrincipalLeader(rule, Position.LeadershipTeamMember, author, roster),
        RoutingRule.BranchSecretary => ToOwnPrincipalLeader(rule, Position.BranchSecretary, author, roster),
        RoutingRule.Deputy => ToHead(author, roster),
        _ => ToBranchCommittee(author, roster),
    };

    private static ReviewRoute ToUniversityPrincipalLeader(Person author, Roster.Roster roster) =>
        Decide(RoutingRule.UniversityLeadershipMember, author, roster.Holders(Position.UniversityPrincipalLeader),
            new RouteFallback(RouteFallbackReason.NoUniversityPrincipalLeader, null), inspectionGroupAssists: true);

    private static ReviewRoute ToCommitteeLiaison(Person author, Roster.Roster roster)
    {
        const RoutingRule rule = RoutingRule.CommitteePrincipalLeader;
        var unitCode = FirstHoldingUnit(author, Position.PrincipalLeader);
        if (roster.Unit(unitCode) is null)
        {
            return Fallback(rule, RouteFallbackReason.UnknownUnit, unitCode, viaOffice: true);
        }

        var committee = roster.CommitteeOf(unitCode);
        return Decide(rule, author, committee is null ? [] : SchoolLeaderLiaisons(committee.Code, roster),
            new RouteFallback(RouteFallbackReason.NoLiaison, committee?.Code ?? unitCode), viaOffice: true);
    }

    private static ReviewRoute ToDepartmentLiaison(Person author, Roster.Roster roster)
    {
        const RoutingRule rule = RoutingRule.DepartmentHead;
        var unitCode = author.Post?.UnitCode;
        if (roster.Unit(unitCode) is not { } department)
        {
            return Fallback(rule, RouteFallbackReason.UnknownUnit, unitCode, viaOffice: true);
        }

        var reviewers = Others(author, SchoolLeaderLiaisons(department.Code, roster));
        if (reviewers.Count == 0 && roster.CommitteeOf(department.ParentCode) is { } committee)
        {
            reviewers = Others(author, SchoolLeaderLiaisons(committee.Code, roster));
        }

        return reviewers.Count == 0
            ? Fallback(rule, RouteFallbackReason.NoLiaison, department.Code, viaOffice: true)
            : new ReviewRoute(rule, reviewers, ViaOffice: true, InspectionGroupAssists: false, ExternalDecision: false, null, null);
    }

    private static ReviewRoute ToOwnPrincipalLeader(RoutingRule rule, Position position, Person author, Roster.Roster roster)
    {
        var unitCode = FirstHoldingUnit(author, position);
        if (roster.Unit(unitCode) is null)
        {
            return Fallback(rule, RouteFallbackReason.UnknownUnit, unitCode);
        }

        // A branch secretary's committee is the one above the branch; a team member's is the unit of the holding itself.
        var committee = roster.CommitteeOf(unitCode);
        return Decide(rule, author, committee is null ? [] : roster.Holders(Position.PrincipalLeader, committee.Code),
            new RouteFallback(RouteFallbackReason.NoPrincipalLeader, committee?.Code ?? unitCode));
    }

    private static ReviewRoute ToHead(Person author, Roster.Roster roster)
    {
        var unitCode = author.Post?.UnitCode;
        if (roster.Unit(unitCode) is null)
        {
            return Fallback(RoutingRule.Deputy, RouteFallbackReason.UnknownUnit, unitCode);
        }

        var head = roster.HeadOf(unitCode!);
        return Decide(RoutingRule.Deputy, author, head is null ? [] : [head], new RouteFallback(RouteFallbackReason.NoHead, unitCode));
    }

    private static ReviewRoute ToBranchCommittee(Person author, Roster.Roster roster)
    {
        var unitCode = author.PartyUnitCode;
        if (roster.Unit(unitCode) is null)
        {
            return Fallback(RoutingRule.OtherMember, RouteFallbackReason.UnknownUnit, unitCode);
        }

        // The secretary first: cards list the committee in this order; any of them may act for it.
        var committee = roster.Holders(Position.BranchSecretary, unitCode).Concat(roster.Holders(Position.BranchCommitteeMember, unitCode));
        return Decide(RoutingRule.OtherMember, author, committee, new RouteFallback(RouteFallbackReason.EmptyBranchCommittee, unitCode));
    }

    private static IEnumerable<Person> SchoolLeaderLiaisons(string unitCode, Roster.Roster roster) =>
        roster.LiaisonsFor(unitCode).Where(p => p.Holds(Position.UniversityLeadershipMember) || p.Holds(Position.UniversityPrincipalLeader));

    private static string? FirstHoldingUnit(Person author, Position position) =>
        author.Positions.First(p => p.Position == position).UnitCode;

    private static List<string> Others(Person author, IEnumerable<Person> candidates) =>
        candidates.Select(p => p.Number).Where(n => !string.Equals(n, author.Number, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList();

    private static ReviewRoute Decide(
        RoutingRule rule, Person author, IEnumerable<Person> candidates, RouteFallback whenNone, bool viaOffice = false, bool inspectionGroupAssists = false)
    {
        // Nobody reviews their own measure: without the author, an empty list is the rule's vacancy.
        var reviewers = Others(author, candidates);
        return reviewers.Count == 0
            ? new ReviewRoute(rule, [], viaOffice, inspectionGroupAssists, ExternalDecision: false, whenNone, null)
            : new ReviewRoute(rule, reviewers, viaOffice, inspectionGroupAssists, ExternalDecision: false, null, null);
    }

    private static ReviewRoute Fallback(RoutingRule rule, RouteFallbackReason reason, string? unitCode, bool viaOffice = false) =>
        new(rule, [], viaOffice, InspectionGroupAssists: false, ExternalDecision: false, new RouteFallback(reason, unitCode), null);
}
