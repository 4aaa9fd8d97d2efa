using RectifyBot.Cards.Commands;
using RectifyBot.Cards.Localization;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Reviews;

namespace RectifyBot.Cards.Tests.Reviews;

public sealed class ReviewRouteTextTests
{
    public static TheoryData<string> RouteKeys()
    {
        var keys = new TheoryData<string> { "Route_Override" };
        foreach (var rule in Enum.GetValues<RoutingRule>())
        {
            keys.Add(ReviewRouter.DescribeKey(new ReviewRoute(rule, [], false, false, false, null, null)));
        }

        foreach (var reason in Enum.GetValues<RouteFallbackReason>())
        {
            keys.Add(ReviewRouter.DescribeDeviationKey(new ReviewRoute(RoutingRule.OtherMember, [], false, false, false, new RouteFallback(reason, null), null))!);
        }

        return keys;
    }

    [Theory]
    [MemberData(nameof(RouteKeys))]
    public void Every_route_and_deviation_key_of_the_router_has_words_in_both_languages(string key)
    {
        Assert.NotEmpty(CardText.Get(UserLanguage.ZhCn, key));
        Assert.NotEmpty(CardText.Get(UserLanguage.En, key));
    }

    [Theory]
    [InlineData("标记软弱涣散 HP-WX-G 长期不开展组织生活", "HP-WX-G 长期不开展组织生活")]
    [InlineData("标记软弱涣散　ＨＰ-WX-G 原因", "HP-WX-G 原因")]
    [InlineData("flag weak HP-WX-G reason", "HP-WX-G reason")]
    [InlineData("标记软弱涣散", "")]
    public void A_command_with_arguments_yields_what_follows_its_words(string text, string arguments) =>
        Assert.Equal(arguments, KnownCommands.ArgumentsOf(KnownCommands.FlagWeakBranch, text));

    [Theory]
    [InlineData("flag weakness")]
    [InlineData("请标记软弱涣散")]
    public void Text_that_does_not_start_with_the_words_has_no_arguments(string text) =>
        Assert.Null(KnownCommands.ArgumentsOf(KnownCommands.FlagWeakBranch, text));
}
