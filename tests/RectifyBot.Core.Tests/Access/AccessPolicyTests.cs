using RectifyBot.Core.Access;
using RectifyBot.Core.Reviews;
using RectifyBot.Core.Roster;
using static RectifyBot.Core.Tests.Roster.TestRosters;
using S = RectifyBot.Core.Tests.Roster.TestRosters.Staffed;

namespace RectifyBot.Core.Tests.Access;

public class AccessPolicyTests
{
    private static Person P(string number) => S.Roster.Person(number)!;

    private static ReviewRoute RouteOf(string author) => ReviewRouter.RouteFor(P(author), S.Roster);

    [Theory]
    [InlineData("1005", "1005", true)] // the author
    [InlineData("1003", "1005", true)] // the branch secretary, a routed reviewer
    [InlineData("1004", "1005", true)] // a committee member, a routed reviewer
    [InlineData("9001", "1005", true)] // the office
    [InlineData("9002", "1005", false)] // the inspection group: only school leaders' measures
    [InlineData("1001", "1005", false)] // the committee's principal leader is not routed for a member
    [InlineData("2005", "1005", false)] // another branch's secretary
    [InlineData("1001", "1003", true)] // the secretary's routed reviewer
    [InlineData("1004", "1003", true)] // the secretary's own branch committee
    [InlineData("9002", "0002", true)] // the inspection group assists on a school leader's measures
    [InlineData("0001", "0002", true)] // the university principal leader reviews school leaders
    [InlineData("0003", "0002", false)] // another school leader
    public void Measure_text_is_for_the_author_reviewers_branch_committee_office_and_inspection_group(string viewer, string author, bool allowed)
    {
        Assert.Equal(allowed, AccessPolicy.CanReadMeasureText(P(viewer), P(author), RouteOf(author)));
    }

    [Fact]
    public void A_deactivated_viewer_sees_nothing()
    {
        var former = P("1003") with { Active = false };
        Assert.False(AccessPolicy.CanReadMeasureText(former, P("1005"), RouteOf("1005")));
        Assert.False(AccessPolicy.CanSeeStatus(former, "JSJ-1", S.Roster));
        Assert.False(AccessPolicy.CanDecide(former, P("1005"), RouteOf("1005")));
    }

    [Theory]
    [InlineData("1001", "JSJ-1", true)] // the committee's principal leader: a unit above
    [InlineData("1002", "JSJ-2", true)] // a leadership-team member of the committee above
    [InlineData("1003", "JSJ-1", true)] // the branch's own secretary
    [InlineData("1003", "JSJ-2", false)] // a sibling branch
    [InlineData("1003", "JSJ", false)] // a unit above the viewer's own
    [InlineData("0001", "JSJ-1", true)] // a school leader: the university committee is above every unit
    [InlineData("0002", "WY-1", true)] // the liaison for the general branch
    [InlineData("2002", "JWC", true)] // the department's head
    [InlineData("2003", "JWC", true)] // the department's deputy
    [InlineData("2002", "TSG", false)] // another department
    [InlineData("9001", "WY-1", true)] // the office
    [InlineData("9002", "WY-1", true)] // the inspection group reads the ledger
    [InlineData("1005", "JSJ-1", false)] // a member
    public void Status_is_for_the_units_leaders_units_above_and_liaison_school_leaders(string viewer, string unit, bool allowed)
    {
        Assert.Equal(allowed, AccessPolicy.CanSeeStatus(P(viewer), unit, S.Roster));
    }

    [Theory]
    [InlineData("1003", "1005", true)] // any committee member may act for the branch committee
    [InlineData("1004", "1005", true)]
    [InlineData("1005", "1005", false)] // never the author
    [InlineData("9001", "1005", false)] // the office never decides
    [InlineData("1001", "1005", false)] // not routed
    [InlineData("0001", "1001", true)] // the liaison school leader
    [InlineData("0001", "0001", false)] // the external decision: nobody inside decides
    public void Only_routed_reviewers_decide(string viewer, string author, bool allowed)
    {
        Assert.Equal(allowed, AccessPolicy.CanDecide(P(viewer), P(author), RouteOf(author)));
    }

    [Fact]
    public void The_office_records_the_external_decision_but_decides_nothing_else()
    {
        Assert.True(AccessPolicy.CanRecordExternalDecision(P("9001"), P("0001"), RouteOf("0001")));
        Assert.False(AccessPolicy.CanRecordExternalDecision(P("9001"), P("0002"), RouteOf("0002")));
        Assert.False(AccessPolicy.CanRecordExternalDecision(P("0002"), P("0001"), RouteOf("0001")));
    }

    [Fact]
    public void The_office_forwards_only_via_the_office_routes_and_assigns_reviewers()
    {
        Assert.True(AccessPolicy.CanForward(P("9001"), RouteOf("1001")));
        Assert.False(AccessPolicy.CanForward(P("9001"), RouteOf("1005")));
        Assert.False(AccessPolicy.CanForward(P("0001"), RouteOf("1001")));
        Assert.True(AccessPolicy.CanAssignReviewer(P("9001")));
        Assert.False(AccessPolicy.CanAssignReviewer(P("1001")));
    }

    [Theory]
    [InlineData("9001", null, true)] // the office: the whole roster
    [InlineData("9001", "JSJ-1", true)]
    [InlineData("1001", "JSJ-1", true)] // a committee's leaders: their own unit and below
    [InlineData("1001", null, false)]
    [InlineData("1001", "WY-1", false)]
    [InlineData("1003", "JSJ-1", true)] // a branch secretary: their branch
    [InlineData("1003", "JSJ", false)]
    [InlineData("2002", "JWC", true)] // a head: their department
    [InlineData("0001", "JSJ-1", false)] // a school leader is not a unit leader of the roster
    [InlineData("1005", "JSJ-1", false)]
    public void The_roster_is_read_by_the_office_and_by_a_units_leaders_for_their_own_unit(string viewer, string? unit, bool allowed)
    {
        Assert.Equal(allowed, AccessPolicy.CanReadRoster(P(viewer), unit, S.Roster));
    }

    [Theory]
    [InlineData("9001", true)]
    [InlineData("1001", false)]
    [InlineData("0001", false)]
    [InlineData("1003", false)]
    public void Only_the_office_changes_or_imports_the_roster(string viewer, bool allowed)
    {
        Assert.Equal(allowed, AccessPolicy.CanManageRoster(P(viewer)));
        Assert.Equal(allowed, AccessPolicy.CanImportRoster(P(viewer)));
    }

    [Fact]
    public void A_deactivated_office_member_is_not_the_office()
    {
        Assert.False(AccessPolicy.CanImportRoster(Person("9003", "离职干事", "JG-1", Holding(Position.OfficeStaff)) with { Active = false }));
    }
}
