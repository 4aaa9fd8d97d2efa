using RectifyBot.Core.Access;
using RectifyBot.Core.Roster;
using S = RectifyBot.Core.Tests.Roster.TestRosters.Staffed;

namespace RectifyBot.Core.Tests.Access;

/// <summary>Who may act on a unit's plan (only its leaders or the office) and on a filing with the parent.</summary>
public sealed class AccessPolicyPlanTests
{
    private static Person P(string number) => S.Roster.Person(number)!;

    [Theory]
    [InlineData("1001", "JSJ", true)] // the committee's principal leader
    [InlineData("1002", "JSJ", true)] // a leadership-team member
    [InlineData("9001", "JSJ", true)] // the office
    [InlineData("1003", "JSJ", false)] // a branch secretary is no leader of the committee
    [InlineData("1005", "JSJ", false)] // a member
    [InlineData("3001", "JSJ", false)] // another unit's principal leader
    [InlineData("9002", "JSJ", false)] // the inspection group reads, never acts
    [InlineData("1003", "JSJ-1", true)] // the branch secretary for the branch
    [InlineData("1004", "JSJ-1", true)] // a branch committee member
    [InlineData("2002", "JWC", true)] // a department's head
    [InlineData("2003", "JWC", true)] // and its deputy
    [InlineData("2004", "JWC", false)] // another unit's head
    [InlineData("0001", "U", true)] // the university committee: its school leaders
    [InlineData("1001", "U", false)]
    public void Only_the_units_leaders_or_the_office_act_on_its_plan(string viewer, string unit, bool allowed) =>
        Assert.Equal(allowed, AccessPolicy.CanActOnPlan(P(viewer), unit, S.Roster));

    [Theory]
    [InlineData("1001", "JSJ", true)]
    [InlineData("9001", "JSJ", false)] // the office acknowledges only for the university committee
    [InlineData("9001", "U", true)]
    [InlineData("0002", "U", true)]
    [InlineData("1003", "JSJ", false)]
    public void A_filing_is_acknowledged_by_the_parents_leaders(string viewer, string parent, bool allowed) =>
        Assert.Equal(allowed, AccessPolicy.CanActForParent(P(viewer), parent, S.Roster));

    [Fact]
    public void A_deactivated_leader_may_not_act() =>
        Assert.False(AccessPolicy.CanActOnPlan(P("1001") with { Active = false }, "JSJ", S.Roster));

    [Fact]
    public void A_plan_is_read_by_the_units_above_and_its_published_scope_but_not_by_others()
    {
        Assert.True(AccessPolicy.CanReadPlan(P("1001"), "JSJ-1", null, S.Roster));
        Assert.False(AccessPolicy.CanReadPlan(P("3001"), "JSJ-1", null, S.Roster));
        Assert.True(AccessPolicy.CanReadPlan(P("3001"), "JSJ-1", [P("3001")], S.Roster));
    }

    [Fact]
    public void Only_the_office_decides_after_an_insufficient_response()
    {
        Assert.True(AccessPolicy.CanDecidePlan(P("9001")));
        Assert.False(AccessPolicy.CanDecidePlan(P("0001")));
    }
}
