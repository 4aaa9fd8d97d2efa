using RectifyBot.Core.BranchBuilding;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Supervision.Sources;
using RectifyBot.Core.Tests.Roster;
using S = RectifyBot.Core.Tests.Roster.TestRosters.Staffed;

namespace RectifyBot.Core.Tests.BranchBuilding;

/// <summary>
/// Branch-building items from the roster, the office's flags and its resolutions (DOMAIN.md §6): who owns each, one item
/// for a branch with no committee at all, and a weak branch open until a later 整顿完成 (a newer flag reopens it).
/// </summary>
public sealed class BranchBuildingItemsTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_branch_without_any_committee_is_one_item_owned_by_its_committees_principal_leader()
    {
        var items = BranchBuildingItems.Of(S.Roster, [], []);

        Assert.Equal(
            [(BranchFindingKind.NoCommittee, "JSJ-2", "JSJ", "1001"), (BranchFindingKind.NoCommittee, "WY-1", "WY", "3001")],
            items.Select(i => (i.Kind, i.Subject, i.CommitteeCode, Assert.Single(i.OwnerNumbers))));
    }

    [Fact]
    public void A_branch_with_a_committee_member_but_no_secretary_needs_a_secretary_and_a_committee_without_a_leader_is_the_offices()
    {
        var roster = TestRosters.With(S.周委员, S.高干事, S.林主任);

        var items = BranchBuildingItems.Of(roster, [], []);

        var jsj1 = items.Single(i => i.Subject == "JSJ-1");
        Assert.Equal((BranchFindingKind.NoSecretary, "9001"), (jsj1.Kind, Assert.Single(jsj1.OwnerNumbers)));
        Assert.DoesNotContain(items, i => i.Subject == "JSJ-1" && i.Kind == BranchFindingKind.NoCommittee);
    }

    [Fact]
    public void A_weak_branch_is_open_until_a_later_resolution_and_a_newer_flag_reopens_it()
    {
        var flag = new WeakBranchFlag("JSJ-1", "组织生活不正常", "9001", At);
        var resolved = new WeakBranchResolution("JSJ-1", "已改选", "9001", At.AddDays(10));

        Assert.Contains(BranchBuildingItems.Of(S.Roster, [flag], []), i => i is { Kind: BranchFindingKind.Weak, Subject: "JSJ-1", Note: "组织生活不正常" });
        Assert.DoesNotContain(BranchBuildingItems.Of(S.Roster, [flag], [resolved]), i => i.Kind == BranchFindingKind.Weak);
        Assert.Contains(BranchBuildingItems.Of(S.Roster, [flag with { FlaggedAt = At.AddDays(20) }], [resolved]), i => i.Kind == BranchFindingKind.Weak);
    }

    [Fact]
    public void A_committee_under_the_university_committee_escalates_to_the_office()
    {
        Assert.Equal(["9001"], CommitteeResponsibility.Escalation("JSJ", ["1001"], S.Roster));
        Assert.Equal(["1001"], CommitteeResponsibility.Owners("JSJ", S.Roster));
    }
}
