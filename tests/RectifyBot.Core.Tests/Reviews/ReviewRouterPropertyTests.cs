using CsCheck;
using RectifyBot.Core.Reviews;
using RectifyBot.Core.Roster;

namespace RectifyBot.Core.Tests.Reviews;

/// <summary>
/// Properties of routing over generated rosters. The oracle never calls the router nor the roster's lookups: it reads
/// the units and people directly and states, per rule, who would be an eligible reviewer.
/// </summary>
public class ReviewRouterPropertyTests
{
    [Fact]
    public void Routing_follows_precedence_never_picks_the_author_and_falls_back_only_on_a_vacancy()
    {
        GeneratedRosters.Rosters.Sample(
            roster =>
            {
                var oracle = new Oracle(roster);
                foreach (var author in roster.People)
                {
                    var route = ReviewRouter.RouteFor(author, roster);
                    var context = $"author {author.Number}, route {route.Rule} [{string.Join(",", route.Reviewers)}] {route.Fallback}";

                    Assert.True(route.Rule == Oracle.ExpectedRule(author), context);
                    Assert.True(!route.Reviewers.Contains(author.Number), context);
                    Assert.True(route.Reviewers.All(r => oracle.IsEligible(route.Rule, author, roster.Person(r))), context);
                    if (route.Fallback is { } fallback)
                    {
                        Assert.True(route.Reviewers.Count == 0, context);
                        Assert.True(
                            fallback.Reason == RouteFallbackReason.UnknownUnit
                                ? !oracle.Knows(Oracle.ReferencedUnit(route.Rule, author))
                                : oracle.Knows(Oracle.ReferencedUnit(route.Rule, author))
                                    && !roster.People.Any(p => p.Number != author.Number && oracle.IsEligible(route.Rule, author, p)),
                            context);
                    }
                    else
                    {
                        Assert.True(route.ExternalDecision == (route.Rule == RoutingRule.UniversityPrincipalLeader), context);
                        Assert.True(route.ExternalDecision || route.Reviewers.Count > 0, context);
                    }
                }
            },
            iter: 2000,
            print: GeneratedRosters.Print);
    }

    private sealed class Oracle(Core.Roster.Roster roster)
    {
        private readonly Dictionary<string, OrganisationUnit> _units = roster.Units.ToDictionary(u => u.Code, StringComparer.Ordinal);

        /// <summary>DOMAIN.md's precedence list, read straight off the author's holdings and post.</summary>
        public static RoutingRule ExpectedRule(Person author)
        {
            bool Has(Position position) => author.Positions.Any(h => h.Position == position);
            if (Has(Position.UniversityPrincipalLeader)) return RoutingRule.UniversityPrincipalLeader;
            if (Has(Position.UniversityLeadershipMember)) return RoutingRule.UniversityLeadershipMember;
            if (Has(Position.PrincipalLeader)) return RoutingRule.CommitteePrincipalLeader;
            if (author.Post?.Rank == PostRank.Head) return RoutingRule.DepartmentHead;
            if (Has(Position.LeadershipTeamMember)) return RoutingRule.LeadershipTeamMember;
            if (Has(Position.BranchSecretary)) return RoutingRule.BranchSecretary;
            if (author.Post?.Rank == PostRank.Deputy) return RoutingRule.Deputy;
            return RoutingRule.OtherMember;
        }

        public bool Knows(string? unitCode) => unitCode is not null && _units.ContainsKey(unitCode);

        /// <summary>The unit the rule is about: the author's (first) holding, post or branch.</summary>
        public static string? ReferencedUnit(RoutingRule rule, Person author) => rule switch
        {
            RoutingRule.UniversityPrincipalLeader or RoutingRule.UniversityLeadershipMember => "U",
            RoutingRule.CommitteePrincipalLeader => FirstUnit(author, Position.PrincipalLeader),
            RoutingRule.LeadershipTeamMember => FirstUnit(author, Position.LeadershipTeamMember),
            RoutingRule.BranchSecretary => FirstUnit(author, Position.BranchSecretary),
            RoutingRule.DepartmentHead or RoutingRule.Deputy => author.Post?.UnitCode,
            _ => author.PartyUnitCode,
        };

        public bool IsEligible(RoutingRule rule, Person author, Person? candidate)
        {
            if (candidate is not { Active: true } || candidate.Number == author.Number)
            {
                return false;
            }

            var unit = ReferencedUnit(rule, author);
            return rule switch
            {
                RoutingRule.UniversityPrincipalLeader => false,
                RoutingRule.UniversityLeadershipMember => HoldsAnywhere(candidate, Position.UniversityPrincipalLeader),
                RoutingRule.CommitteePrincipalLeader => IsSchoolLeader(candidate) && IsLiaisonFor(candidate, CommitteeAbove(unit)),
                RoutingRule.DepartmentHead => IsSchoolLeader(candidate)
                    && (IsLiaisonFor(candidate, unit) || IsLiaisonFor(candidate, CommitteeAbove(ParentOf(unit)))),
                RoutingRule.LeadershipTeamMember or RoutingRule.BranchSecretary =>
                    CommitteeAbove(unit) is { } committee && HoldsIn(candidate, Position.PrincipalLeader, committee),
                RoutingRule.Deputy => candidate.Post is { Rank: PostRank.Head } post && post.UnitCode == unit,
                _ => unit is not null && (HoldsIn(candidate, Position.BranchSecretary, unit) || HoldsIn(candidate, Position.BranchCommitteeMember, unit)),
            };
        }

        private static string? FirstUnit(Person author, Position position) => author.Positions.First(h => h.Position == position).UnitCode;

        private static bool HoldsAnywhere(Person p, Position position) => p.Positions.Any(h => h.Position == position);

        private static bool HoldsIn(Person p, Position position, string unitCode) => p.Positions.Any(h => h.Position == position && h.UnitCode == unitCode);

        private static bool IsSchoolLeader(Person p) => HoldsAnywhere(p, Position.UniversityLeadershipMember) || HoldsAnywhere(p, Position.UniversityPrincipalLeader);

        private static bool IsLiaisonFor(Person p, string? unitCode) => unitCode is not null && p.LiaisonUnitCodes.Contains(unitCode);

        private string? ParentOf(string? unitCode) => unitCode is not null && _units.TryGetValue(unitCode, out var u) ? u.ParentCode : null;

        /// <summary>The nearest secondary committee or general branch at or above the unit.</summary>
        private string? CommitteeAbove(string? unitCode)
        {
            for (var steps = 0; unitCode is not null && _units.TryGetValue(unitCode, out var unit) && steps < _units.Count; steps++)
            {
                if (unit.Kind is UnitKind.SecondaryCommittee or UnitKind.GeneralBranch)
                {
                    return unit.Code;
                }

                unitCode = unit.ParentCode;
            }

            return null;
        }
    }
}
