using RectifyBot.Cards.Catalog;
using RectifyBot.Cards.Surveys;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Plans.Feedback;
using RectifyBot.Core.Surveys;

namespace RectifyBot.Cards.Tests.Surveys;

/// <summary>What the publisher of a plan version is told about who was asked, in the publish turn and when the daily run opened the window late.</summary>
public sealed class FeedbackOpenedTextTests
{
    private static readonly Survey Window = FeedbackCardSamples.Survey(FeedbackCardSamples.PlanMaterial());

    private static FeedbackOpening Opening(int inTeams, int byLink) => new(
        Window.Id, inTeams, [.. Enumerable.Range(0, byLink).Select(i => new IssuedToken("t" + i, ParticipantCategory.GrassrootsMasses, "n" + i))], AlreadyOpen: false);

    [Fact]
    public void A_late_window_names_the_plan_its_days_who_got_a_card_and_the_command_that_prints_the_links_nobody_has()
    {
        var text = FeedbackOpenedText.OpenedLate(UserLanguage.ZhCn, Window, Opening(1200, 35));

        Assert.Contains("整改方案公示：计算机学院党委（第2版）", text, StringComparison.Ordinal);
        Assert.Contains("今天才收到评价邀请", text, StringComparison.Ordinal);
        Assert.Contains("答题时间：2026-12-01 至 2026-12-15", text, StringComparison.Ordinal);
        Assert.Contains("在 Teams 中的 1,200 人", text, StringComparison.Ordinal);
        Assert.Contains("另有 35 人", text, StringComparison.Ordinal);
        Assert.Contains("测评链接 " + Window.Id, text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_late_window_everyone_got_in_Teams_mentions_no_links_and_English_reads_as_English()
    {
        var chinese = FeedbackOpenedText.OpenedLate(UserLanguage.ZhCn, Window, Opening(40, 0));
        var english = FeedbackOpenedText.OpenedLate(UserLanguage.En, Window, Opening(40, 35));

        Assert.DoesNotContain("测评链接", chinese, StringComparison.Ordinal);
        Assert.Contains("40 人", chinese, StringComparison.Ordinal);
        Assert.Contains("only being asked today", english, StringComparison.Ordinal);
        Assert.Contains("survey links " + Window.Id, english, StringComparison.Ordinal);
    }

    [Fact]
    public void In_the_publish_turn_the_links_are_handed_over_so_the_command_is_for_later()
    {
        var text = FeedbackOpenedText.Asked(UserLanguage.ZhCn, Opening(10, 3));

        Assert.Contains("之后发送“测评链接 " + Window.Id + "”", text, StringComparison.Ordinal);
        Assert.DoesNotContain("今天才", text, StringComparison.Ordinal);
    }
}
