using RectifyBot.Core.Reviews;
using RectifyBot.Core.Roster;
using static RectifyBot.Core.Tests.Roster.TestRosters;

namespace RectifyBot.Core.Tests.Reviews;

public class ReviewRouterSelfReviewTests
{
    [Fact]
    public void A_branch_committee_member_is_reviewed_by_the_rest_of_the_committee()
    {
        var 周委员 = Person("1004", "周委员", "JSJ-1", Holding(Position.BranchCommitteeMember, "JSJ-1"));
        var 郭委员 = Person("1006", "郭委员", "JSJ-1", Holding(Position.BranchCommitteeMember, "JSJ-1"));
        Assert.Equal(["1006"], ReviewRouter.RouteFor(周委员, With(周委员, 郭委员)).Reviewers);
    }

    [Fact]
    public void The_only_committee_member_of_a_branch_falls_back_to_the_office()
    {
        var 周委员 = Person("1004", "周委员", "JSJ-1", Holding(Position.BranchCommitteeMember, "JSJ-1"));
        var route = ReviewRouter.RouteFor(周委员, With(周委员));
        Assert.Equal(RoutingRule.OtherMember, route.Rule);
        Assert.Equal(new RouteFallback(RouteFallbackReason.EmptyBranchCommittee, "JSJ-1"), route.Fallback);
    }

    [Fact]
    public void A_committee_principal_leader_who_is_their_own_liaison_falls_back_to_the_office()
    {
        var author = Person("0005", "兼任院长", "JSJ-1", Holding(Position.UniversityLeadershipMember), Holding(Position.PrincipalLeader, "JSJ")) with
        {
            LiaisonUnitCodes = ["JSJ"],
        };
        var deputy = Person("1002", "刘副院长", "JSJ-1", Holding(Position.LeadershipTeamMember, "JSJ"));

        // The school leader rule decides for the author; their team member's principal leader is the same person, who is not the member.
        Assert.Equal(RouteFallbackReason.NoUniversityPrincipalLeader, ReviewRouter.RouteFor(author, With(author, deputy)).Fallback?.Reason);
        Assert.Equal(["0005"], ReviewRouter.RouteFor(deputy, With(author, deputy)).Reviewers);
    }

    [Fact]
    public void Two_principal_leaders_of_one_committee_review_each_others_team_but_not_themselves()
    {
        var 陈 = Person("1001", "陈院长", "JSJ-1", Holding(Position.PrincipalLeader, "JSJ"), Holding(Position.LeadershipTeamMember, "JSJ"));
        var 黄 = Person("1007", "黄书记", "JSJ-1", Holding(Position.PrincipalLeader, "JSJ"));
        var roster = With(陈, 黄);
        Assert.Equal(RouteFallbackReason.NoLiaison, ReviewRouter.RouteFor(陈, roster).Fallback?.Reason);
        Assert.DoesNotContain("1001", ReviewRouter.RouteFor(陈, roster).Reviewers);
    }
}
