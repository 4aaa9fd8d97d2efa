using RectifyBot.Cards.Catalog;
using RectifyBot.Cards.Reviews;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Measures;

namespace RectifyBot.Cards.Tests.Reviews;

public sealed class MyReviewsCardTests
{
    // 2026-12-10 10:00 CST.
    private static readonly DateTimeOffset Now = new(2026, 12, 10, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_queue_lists_oldest_first_with_counts_days_waiting_and_what_is_awaited()
    {
        var items = new[]
        {
            Item("A", "陈新", Now.AddHours(-1), MeasureStatus.AwaitingReview),
            Item("B", "周旧", Now.AddDays(-5), MeasureStatus.AwaitingForward),
            Item("C", "吴中", Now.AddDays(-1), MeasureStatus.AwaitingReview),
        };

        var card = MyReviewsCard.Build(UserLanguage.ZhCn, new MyReviewsView(items, Now)).ToJsonNode();

        var texts = TextHelpers.VisibleTexts(card);
        var names = texts.Where(t => t.StartsWith("周旧", StringComparison.Ordinal) || t.StartsWith("吴中", StringComparison.Ordinal) || t.StartsWith("陈新", StringComparison.Ordinal)).ToList();
        Assert.Equal(["周旧（B）", "吴中（C）", "陈新（A）"], names);
        Assert.Contains("第1版 · 2026-12-05 10:00 提交 · 已等待 5 天", texts);
        Assert.Contains("第1版 · 2026-12-09 10:00 提交 · 已等待 1 天", texts);
        Assert.Contains("第1版 · 2026-12-10 09:00 提交 · 今天提交", texts);
        Assert.Contains("等待校先进办转送", texts);
        var facts = card["body"]![1]!["facts"]!.AsArray().Select(f => ((string)f!["title"]!, (string)f!["value"]!)).ToList();
        Assert.Equal([("待审核", "2"), ("待转送", "1")], facts);
    }

    [Fact]
    public void Each_item_opens_its_review_card_with_the_author_and_version()
    {
        var card = MyReviewsCard.Build(UserLanguage.ZhCn, new MyReviewsView([Item("200022", "张伟", Now, MeasureStatus.AwaitingReview) with { Version = 3 }], Now)).ToJsonNode();

        var open = Assert.Single(ReviewCardJson.Buttons(card));
        Assert.Equal(MyReviewsCard.OpenVerb, (string?)open["verb"]);
        Assert.Equal("打开", (string?)open["title"]);
        Assert.Equal("200022", (string?)open["data"]![MyReviewsCard.AuthorKey]);
        Assert.Equal("3", (string?)open["data"]![MyReviewsCard.VersionKey]);
    }

    [Fact]
    public void A_long_queue_shows_twenty_then_how_many_more_and_counts_them_all()
    {
        var items = Enumerable.Range(0, 25).Select(i => Item($"P{i}", "某人", Now.AddDays(-i), MeasureStatus.AwaitingAssignment)).ToList();

        var card = MyReviewsCard.Build(UserLanguage.ZhCn, new MyReviewsView(items, Now)).ToJsonNode();

        Assert.Equal(MyReviewsCard.MaxItems, ReviewCardJson.Buttons(card).Count);
        Assert.Equal("P24", (string?)ReviewCardJson.Buttons(card)[0]["data"]![MyReviewsCard.AuthorKey]);
        var texts = TextHelpers.VisibleTexts(card);
        Assert.Contains("……还有 5 项（按提交时间从早到晚）", texts);
        Assert.Contains("25", texts);
    }

    [Theory]
    [InlineData(UserLanguage.ZhCn, "目前没有等待你处理的整改措施")]
    [InlineData(UserLanguage.En, "Nothing is waiting for you")]
    public void An_empty_queue_says_so_kindly_and_has_no_buttons(UserLanguage language, string expected)
    {
        var card = MyReviewsCard.Build(language, new MyReviewsView([], Now)).ToJsonNode();

        Assert.Empty(ReviewCardJson.Buttons(card));
        Assert.Contains(TextHelpers.VisibleTexts(card), t => t.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void The_English_queue_of_English_names_has_no_Chinese()
    {
        var item = Item("1", "Zhang Wei", Now.AddDays(-2), MeasureStatus.AwaitingExternalDecision) with { UnitName = "Staff branch 3" };
        var card = MyReviewsCard.Build(UserLanguage.En, new MyReviewsView([item], Now)).ToJsonNode();

        var texts = TextHelpers.VisibleTexts(card);
        Assert.All(texts, t => Assert.Equal(0, TextHelpers.ChineseCount(t)));
        Assert.Contains("Version 1 · submitted 2026-12-08 10:00 · waiting 2 days", texts);
    }

    [Fact]
    public void An_item_is_named_from_the_roster_with_the_unit_it_was_submitted_from()
    {
        var roster = Core.Roster.Demo.DemoRoster.Create();
        var version = ReviewCardTests.View(Cards.Reviews.ReviewCardMode.Decide).Version;

        var item = MyReviewsItem.From(version, roster);

        Assert.Equal(("张伟", "计算机学院教工第三党支部", MeasureStatus.AwaitingReview), (item.AuthorName, item.UnitName, item.Awaiting));
    }

    [Fact]
    public void The_maximum_queue_stays_small()
    {
        var card = CardCatalog.All.Single(e => e.Name == "my-reviews").MaximumLength(UserLanguage.ZhCn).ToJsonNode();

        Assert.InRange(Checking.TeamsMessage.SizeInBytes(card), 1, 28 * 1024);
    }

    private static MyReviewsItem Item(string number, string name, DateTimeOffset at, MeasureStatus awaiting) =>
        new(number, name, "计算机学院教工第三党支部", 1, at, awaiting);
}
