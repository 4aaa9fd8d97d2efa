using RectifyBot.Core.Access;
using RectifyBot.Core.Roster;
using S = RectifyBot.Core.Tests.Roster.TestRosters.Staffed;

namespace RectifyBot.Core.Tests.Access;

/// <summary>Who records a unit's long-term mechanisms and a branch's best Party-day activities (DOMAIN.md §6).</summary>
public sealed class AccessPolicyMechanismTests
{
    private static Person P(string number) => S.Roster.Person(number)!;

    [Theory]
    [InlineData("1001", "JSJ", true)] // the committee's principal leader
    [InlineData("9001", "JSJ", true)] // the office
    [InlineData("3001", "WY", true)] // a general branch's principal leader
    [InlineData("1002", "JSJ", false)] // a leadership-team member reads, does not record
    [InlineData("1003", "JSJ", false)] // a branch secretary
    [InlineData("3001", "JSJ", false)] // another unit's principal leader
    [InlineData("9002", "JSJ", false)] // the inspection group
    [InlineData("9001", "JSJ-1", false)] // a branch has no mechanisms of its own
    [InlineData("0001", "U", false)] // nor the university committee
    public void Only_the_units_principal_leader_or_the_office_records_its_mechanisms(string viewer, string unit, bool allowed) =>
        Assert.Equal(allowed, AccessPolicy.CanRecordMechanisms(P(viewer), unit, S.Roster));

    [Theory]
    [InlineData("1003", "JSJ-1", true)] // the branch's secretary
    [InlineData("1004", "JSJ-1", true)] // a branch committee member
    [InlineData("1001", "JSJ-2", true)] // the committee's principal leader, for any of its branches
    [InlineData("9001", "WY-1", true)] // the office
    [InlineData("1002", "JSJ-1", false)] // a leadership-team member
    [InlineData("1005", "JSJ-1", false)] // a member
    [InlineData("1003", "JSJ-2", false)] // another branch's secretary
    [InlineData("3001", "JSJ-1", false)] // another committee's principal leader
    [InlineData("1001", "JSJ", false)] // a committee is no branch
    public void A_branchs_committee_its_committees_principal_leader_or_the_office_records_its_party_days(string viewer, string branch, bool allowed) =>
        Assert.Equal(allowed, AccessPolicy.CanRecordPartyDay(P(viewer), branch, S.Roster));

    [Fact]
    public void A_deactivated_leader_records_nothing()
    {
        Assert.False(AccessPolicy.CanRecordMechanisms(S.陈院长 with { Active = false }, "JSJ", S.Roster));
        Assert.False(AccessPolicy.CanRecordPartyDay(S.孙支书 with { Active = false }, "JSJ-1", S.Roster));
    }
}
