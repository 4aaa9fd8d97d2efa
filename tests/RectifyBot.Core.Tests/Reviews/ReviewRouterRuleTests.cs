using RectifyBot.Core.Reviews;
using RectifyBot.Core.Roster;
using S = RectifyBot.Core.Tests.Roster.TestRosters.Staffed;

namespace RectifyBot.Core.Tests.Reviews;

public class ReviewRouterRuleTests
{
    private static ReviewRoute Route(Person author) => ReviewRouter.RouteFor(author, S.Roster);

    [Fact]
    public void University_leadership_member_goes_directly_to_the_university_principal_leader_with_the_inspection_group()
    {
        var route = Route(S.李副校长);
        Assert.Equal(RoutingRule.UniversityLeadershipMember, route.Rule);
        Assert.Equal(["0001"], route.Reviewers);
        Assert.True(route.InspectionGroupAssists);
        Assert.False(route.ViaOffice);
        Assert.Null(route.Fallback);
    }

    [Fact]
    public void University_principal_leader_has_no_reviewer_inside_the_university_and_the_office_records_an_external_decision()
    {
        var route = Route(S.王书记);
        Assert.Equal(RoutingRule.UniversityPrincipalLeader, route.Rule);
        Assert.Empty(route.Reviewers);
        Assert.True(route.ExternalDecision);
        Assert.Null(route.Fallback);
    }

    [Fact]
    public void Committee_principal_leader_goes_via_the_office_to_the_liaison_school_leader()
    {
        var route = Route(S.陈院长);
        Assert.Equal(RoutingRule.CommitteePrincipalLeader, route.Rule);
        Assert.Equal(["0001"], route.Reviewers);
        Assert.True(route.ViaOffice);
    }

    [Fact]
    public void General_branch_principal_leader_goes_via_the_office_to_the_liaison_school_leader()
    {
        var route = Route(S.林主任);
        Assert.Equal(RoutingRule.CommitteePrincipalLeader, route.Rule);
        Assert.Equal(["0002"], route.Reviewers);
    }

    [Fact]
    public void Department_head_goes_via_the_office_to_the_school_leader_liaison_for_the_department()
    {
        var route = Route(S.钱处长);
        Assert.Equal(RoutingRule.DepartmentHead, route.Rule);
        Assert.Equal(["0003"], route.Reviewers);
        Assert.True(route.ViaOffice);
    }

    [Fact]
    public void Affiliated_unit_head_without_a_liaison_of_its_own_goes_to_the_liaison_for_its_Party_committee()
    {
        var route = Route(S.何馆长);
        Assert.Equal(RoutingRule.DepartmentHead, route.Rule);
        Assert.Equal(["0002"], route.Reviewers);
    }

    [Theory]
    [InlineData("1002", RoutingRule.LeadershipTeamMember, new[] { "1001" })]
    [InlineData("1003", RoutingRule.BranchSecretary, new[] { "1001" })]
    [InlineData("2005", RoutingRule.BranchSecretary, new[] { "2001" })]
    [InlineData("2003", RoutingRule.Deputy, new[] { "2002" })]
    [InlineData("1005", RoutingRule.OtherMember, new[] { "1003", "1004" })]
    public void Each_rule_routes_directly_to_its_reviewer(string author, RoutingRule rule, string[] reviewers)
    {
        var route = Route(S.Roster.Person(author)!);
        Assert.Equal(rule, route.Rule);
        Assert.Equal(reviewers, route.Reviewers);
        Assert.False(route.ViaOffice);
        Assert.False(route.InspectionGroupAssists);
        Assert.Null(route.Fallback);
    }

    [Fact]
    public void Other_member_is_reviewed_by_the_branch_committee_as_a_group()
    {
        Assert.True(Route(S.吴老师).ReviewedByGroup);
        Assert.False(Route(S.冯副处长).ReviewedByGroup);
    }

    [Theory]
    [InlineData("0001", "Route_ExternalDecision")]
    [InlineData("0002", "Route_UniversityPrincipalLeader")]
    [InlineData("1001", "Route_LiaisonSchoolLeader")]
    [InlineData("2002", "Route_RelevantSchoolLeader")]
    [InlineData("1002", "Route_CommitteePrincipalLeader_ForLeadershipTeam")]
    [InlineData("1003", "Route_CommitteePrincipalLeader_ForBranchSecretary")]
    [InlineData("2003", "Route_HeadOfUnit")]
    [InlineData("1005", "Route_BranchCommittee")]
    public void Each_rule_has_a_stable_resource_key(string author, string key)
    {
        var route = Route(S.Roster.Person(author)!);
        Assert.Equal(key, ReviewRouter.DescribeKey(route));
        Assert.Null(ReviewRouter.DescribeDeviationKey(route));
    }
}
