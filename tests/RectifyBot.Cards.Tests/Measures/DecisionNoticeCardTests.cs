using RectifyBot.Cards.Measures;
using RectifyBot.Cards.Tests.Checking;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Measures;
using static RectifyBot.Cards.Tests.Measures.MeasureTestData;

namespace RectifyBot.Cards.Tests.Measures;

public sealed class DecisionNoticeCardTests
{
    [Fact]
    public void A_returned_version_shows_who_returned_it_when_in_China_time_the_comment_and_a_revise_button()
    {
        var version = Version(2, MeasureStatus.Returned, new ReviewDecision(ReviewOutcome.Returned, "200020", At, "请写明时间节点"));

        var card = new CardJsonQuery(DecisionNoticeCard.Build(UserLanguage.ZhCn, new DecisionNoticeView(version, "李娜")));

        Assert.Equal("您的整改措施（第 2 版）被退回修改", card.Texts[0]);
        Assert.Contains("审核人：李娜，2026-12-10 14:30", card.Texts);
        Assert.Equal(card.IndexOfText("退回意见") + 1, card.IndexOfText("请写明时间节点"));
        var revise = Assert.Single(card.Actions);
        Assert.Equal(DecisionNoticeCard.ReviseVerb, (string?)revise["verb"]);
        Assert.Equal("2", CardJsonQuery.Data(revise, DecisionNoticeCard.VersionKey));
        Assert.Empty(CardRules.Problems(card.Json));
    }

    [Fact]
    public void An_approved_version_says_each_problem_is_now_a_ledger_entry_and_opens_my_measures()
    {
        var version = Version(1, MeasureStatus.Approved, new ReviewDecision(ReviewOutcome.Approved, "200021", At, null), Submitted(), Submitted("Other"));

        var card = new CardJsonQuery(DecisionNoticeCard.Build(UserLanguage.En, new DecisionNoticeView(version, "Chen Jing")));

        Assert.Equal("Your rectification measures (version 1) were approved", card.Texts[0]);
        Assert.Contains(card.Texts, t => t.Contains("Each of the 2 problem(s) is now an entry in your rectification ledger", StringComparison.Ordinal));
        Assert.Contains("(no comment)", card.Texts);
        Assert.Equal([DecisionNoticeCard.MyMeasuresVerb], card.Verbs);
        Assert.All(card.Texts, t => Assert.Equal(0, TextHelpers.ChineseCount(t)));
    }

    [Fact]
    public void An_external_decision_names_the_higher_committee_and_who_recorded_it()
    {
        var version = Version(1, MeasureStatus.Approved, new ReviewDecision(ReviewOutcome.Approved, "100020", At, "同意", External: true));

        var card = new CardJsonQuery(DecisionNoticeCard.Build(UserLanguage.ZhCn, new DecisionNoticeView(version, "王芳")));

        Assert.Contains("上级党委审核，由 王芳 于 2026-12-10 14:30 登记", card.Texts);
    }

    [Fact]
    public void A_version_without_a_decision_has_nothing_to_tell() =>
        Assert.Throws<ArgumentException>(() => DecisionNoticeCard.Build(UserLanguage.ZhCn, new DecisionNoticeView(Version(1, MeasureStatus.AwaitingReview), "李娜")));
}
