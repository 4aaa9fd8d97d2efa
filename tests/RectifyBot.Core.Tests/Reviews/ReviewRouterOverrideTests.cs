using RectifyBot.Core.Reviews;
using S = RectifyBot.Core.Tests.Roster.TestRosters.Staffed;

namespace RectifyBot.Core.Tests.Reviews;

public class ReviewRouterOverrideTests
{
    private static readonly DateTimeOffset SetAt = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void An_override_replaces_the_reviewers_and_keeps_the_rule_and_the_reason()
    {
        var routeOverride = new RouteOverride("1005", "1001", "支部委员会正在改选", "9001", SetAt);
        var route = ReviewRouter.RouteFor(S.吴老师, S.Roster, routeOverride);
        Assert.Equal(RoutingRule.OtherMember, route.Rule);
        Assert.Equal(["1001"], route.Reviewers);
        Assert.Same(routeOverride, route.Override);
        Assert.False(route.ReviewedByGroup);
        Assert.Equal("Route_Override", ReviewRouter.DescribeDeviationKey(route));
    }

    [Fact]
    public void An_override_ends_a_fallback()
    {
        var author = S.吴老师;
        Assert.NotNull(ReviewRouter.RouteFor(author, Roster.TestRosters.With(author)).Fallback);
        var route = ReviewRouter.RouteFor(author, Roster.TestRosters.With(author, S.陈院长), new RouteOverride("1005", "1001", "委员空缺", "9001", SetAt));
        Assert.Null(route.Fallback);
        Assert.Equal(["1001"], route.Reviewers);
    }

    [Theory]
    [InlineData("1005")]
    [InlineData("不存在")]
    public void An_override_naming_the_author_or_nobody_in_the_roster_is_not_applied(string reviewer)
    {
        var route = ReviewRouter.RouteFor(S.吴老师, S.Roster, new RouteOverride("1005", reviewer, "误设", "9001", SetAt));
        Assert.Null(route.Override);
        Assert.Equal(["1003", "1004"], route.Reviewers);
    }

    [Fact]
    public void An_override_for_another_author_is_a_programming_error()
    {
        Assert.Throws<ArgumentException>(() => ReviewRouter.RouteFor(S.吴老师, S.Roster, new RouteOverride("1004", "1001", "原因", "9001", SetAt)));
    }
}
