using RectifyBot.Core.Reviews;
using RectifyBot.Core.Roster;
using static RectifyBot.Core.Tests.Roster.TestRosters;

namespace RectifyBot.Core.Tests.Reviews;

public class ReviewRouterFallbackTests
{
    private static readonly Person 校长 = Person("0002", "李副校长", "JG-1", Holding(Position.UniversityLeadershipMember));

    public static TheoryData<string, Core.Roster.Roster, Person, RouteFallbackReason, string?> Vacancies => new()
    {
        { "no university principal leader", With(校长), 校长, RouteFallbackReason.NoUniversityPrincipalLeader, null },
        { "no liaison for the committee", With(Person("1001", "陈院长", "JSJ-1", Holding(Position.PrincipalLeader, "JSJ"))),
            Person("1001", "陈院长", "JSJ-1", Holding(Position.PrincipalLeader, "JSJ")), RouteFallbackReason.NoLiaison, "JSJ" },
        { "no liaison for the department nor its committee", With(Head("2002", "JWC")), Head("2002", "JWC"), RouteFallbackReason.NoLiaison, "JWC" },
        { "no principal leader for a team member", With(Person("1002", "刘副院长", "JSJ-1", Holding(Position.LeadershipTeamMember, "JSJ"))),
            Person("1002", "刘副院长", "JSJ-1", Holding(Position.LeadershipTeamMember, "JSJ")), RouteFallbackReason.NoPrincipalLeader, "JSJ" },
        { "no principal leader for a secretary", With(Person("1003", "孙支书", "JSJ-1", Holding(Position.BranchSecretary, "JSJ-1"))),
            Person("1003", "孙支书", "JSJ-1", Holding(Position.BranchSecretary, "JSJ-1")), RouteFallbackReason.NoPrincipalLeader, "JSJ" },
        { "no head for a deputy", With(Deputy("2003", "JWC")), Deputy("2003", "JWC"), RouteFallbackReason.NoHead, "JWC" },
        { "an empty branch committee", With(Person("1005", "吴老师", "JSJ-1")), Person("1005", "吴老师", "JSJ-1"), RouteFallbackReason.EmptyBranchCommittee, "JSJ-1" },
        { "an unknown branch", With(Person("1005", "吴老师", "无此支部")), Person("1005", "吴老师", "无此支部"), RouteFallbackReason.UnknownUnit, "无此支部" },
        { "no branch at all", With(Person("1005", "吴老师", null)), Person("1005", "吴老师", null), RouteFallbackReason.UnknownUnit, null },
        { "an unknown post unit", With(Deputy("2003", "无此处")), Deputy("2003", "无此处"), RouteFallbackReason.UnknownUnit, "无此处" },
        { "an unknown committee of a principal leader", With(Person("1001", "陈院长", "JSJ-1", Holding(Position.PrincipalLeader, "无此院"))),
            Person("1001", "陈院长", "JSJ-1", Holding(Position.PrincipalLeader, "无此院")), RouteFallbackReason.UnknownUnit, "无此院" },
    };

    [Theory]
    [MemberData(nameof(Vacancies))]
    public void A_missing_reviewer_sends_the_measure_to_the_office_with_the_reason(
        string vacancy, Core.Roster.Roster roster, Person author, RouteFallbackReason reason, string? unitCode)
    {
        var route = ReviewRouter.RouteFor(author, roster);
        Assert.True(route.Fallback is not null, vacancy);
        Assert.Equal(new RouteFallback(reason, unitCode), route.Fallback);
        Assert.Empty(route.Reviewers);
        Assert.False(route.ExternalDecision);
        Assert.Equal("RouteFallback_" + reason, ReviewRouter.DescribeDeviationKey(route));
    }

    [Fact]
    public void An_inactive_reviewer_is_a_vacancy()
    {
        var head = Head("2002", "JWC") with { Active = false };
        var route = ReviewRouter.RouteFor(Deputy("2003", "JWC"), With(head, Deputy("2003", "JWC")));
        Assert.Equal(RouteFallbackReason.NoHead, route.Fallback?.Reason);
    }

    [Fact]
    public void A_liaison_who_is_not_a_school_leader_does_not_count()
    {
        var notALeader = Person("8001", "普通老师", "JSJ-1") with { LiaisonUnitCodes = ["JSJ"] };
        var author = Person("1001", "陈院长", "JSJ-1", Holding(Position.PrincipalLeader, "JSJ"));
        Assert.Equal(RouteFallbackReason.NoLiaison, ReviewRouter.RouteFor(author, With(notALeader, author)).Fallback?.Reason);
    }

    private static Person Head(string number, string unit) => Person(number, "钱处长", "JG-1") with { Post = new AdministrativePost(unit, PostRank.Head) };

    private static Person Deputy(string number, string unit) => Person(number, "冯副处长", "JG-1") with { Post = new AdministrativePost(unit, PostRank.Deputy) };
}
