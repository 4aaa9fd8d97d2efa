using RectifyBot.Core.Reviews;
using RectifyBot.Core.Roster;
using static RectifyBot.Core.Tests.Roster.TestRosters;
using S = RectifyBot.Core.Tests.Roster.TestRosters.Staffed;

namespace RectifyBot.Core.Tests.Reviews;

public class ReviewRouterPrecedenceTests
{
    private static ReviewRoute RouteInStaffedRoster(Person author) =>
        ReviewRouter.RouteFor(author, new Core.Roster.Roster(Units, S.Roster.People.Where(p => p.Number != author.Number).Append(author)));

    [Fact]
    public void Department_head_who_is_also_a_branch_secretary_follows_the_department_head_rule()
    {
        var author = S.钱处长 with { Positions = [Holding(Position.BranchSecretary, "JG-1")] };
        var route = RouteInStaffedRoster(author);
        Assert.Equal(RoutingRule.DepartmentHead, route.Rule);
        Assert.Equal(["0003"], route.Reviewers);
    }

    [Fact]
    public void Deputy_who_is_also_a_leadership_team_member_follows_the_leadership_team_member_rule()
    {
        var author = S.冯副处长 with { Positions = [Holding(Position.LeadershipTeamMember, "JG")] };
        var route = RouteInStaffedRoster(author);
        Assert.Equal(RoutingRule.LeadershipTeamMember, route.Rule);
        Assert.Equal(["2001"], route.Reviewers);
    }

    [Fact]
    public void University_leadership_member_who_is_also_a_committee_principal_leader_follows_the_university_leadership_rule()
    {
        var author = S.李副校长 with { Positions = [Holding(Position.UniversityLeadershipMember), Holding(Position.PrincipalLeader, "WY")] };
        var route = RouteInStaffedRoster(author);
        Assert.Equal(RoutingRule.UniversityLeadershipMember, route.Rule);
        Assert.Equal(["0001"], route.Reviewers);
    }

    [Fact]
    public void University_principal_leader_who_is_also_a_school_leader_gets_an_external_decision()
    {
        var author = S.王书记 with { Positions = [Holding(Position.UniversityLeadershipMember), Holding(Position.UniversityPrincipalLeader)] };
        var route = RouteInStaffedRoster(author);
        Assert.Equal(RoutingRule.UniversityPrincipalLeader, route.Rule);
        Assert.True(route.ExternalDecision);
    }

    [Fact]
    public void Committee_principal_leader_who_is_also_a_department_head_follows_the_committee_principal_leader_rule()
    {
        var author = S.郑书记 with { Post = new AdministrativePost("JWC", PostRank.Head) };
        Assert.Equal(RoutingRule.CommitteePrincipalLeader, RouteInStaffedRoster(author).Rule);
    }

    [Fact]
    public void Branch_secretary_who_is_also_a_deputy_follows_the_branch_secretary_rule()
    {
        var author = S.马支书 with { Post = new AdministrativePost("JWC", PostRank.Deputy) };
        Assert.Equal(RoutingRule.BranchSecretary, RouteInStaffedRoster(author).Rule);
    }

    [Fact]
    public void Qualifying_rules_list_every_rule_of_the_author_in_precedence_order()
    {
        var author = Person("x", "多职者", "JSJ-1", Holding(Position.BranchSecretary, "JSJ-1"), Holding(Position.PrincipalLeader, "JSJ")) with
        {
            Post = new AdministrativePost("JWC", PostRank.Deputy),
        };
        Assert.Equal(
            [RoutingRule.CommitteePrincipalLeader, RoutingRule.BranchSecretary, RoutingRule.Deputy, RoutingRule.OtherMember],
            ReviewRouter.QualifyingRules(author));
    }
}
