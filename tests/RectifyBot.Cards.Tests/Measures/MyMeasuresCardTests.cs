using RectifyBot.Cards.Catalog;
using RectifyBot.Cards.Measures;
using RectifyBot.Cards.Tests.Checking;
using RectifyBot.Core.Ledger;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Roster.Demo;
using static RectifyBot.Cards.Tests.Measures.MeasureTestData;

namespace RectifyBot.Cards.Tests.Measures;

public sealed class MyMeasuresCardTests
{
    private static readonly DateOnly Today = new(2027, 1, 12);

    private static CardJsonQuery Card(MemberMeasures measures, MeasureDraft? draft = null, UserLanguage language = UserLanguage.ZhCn) =>
        new(MyMeasuresCard.Build(language, new MyMeasuresView(measures, draft, DemoRoster.Create(), Today)));

    [Fact]
    public void With_nothing_yet_the_card_says_how_to_start_and_has_no_buttons()
    {
        var card = Card(MemberMeasures.None(Author));

        Assert.Contains(card.Texts, t => t.Contains("发送“新建整改措施”", StringComparison.Ordinal));
        Assert.Empty(card.Actions);
    }

    [Fact]
    public void A_draft_can_be_continued()
    {
        var card = Card(MemberMeasures.None(Author), Draft(DraftStep.Measures, FixNow()));

        Assert.Equal([MyMeasuresCard.ContinueDraftVerb], card.Verbs);
        Assert.Contains("1 个问题，最后保存于 2026-12-10 14:30", card.Texts);
    }

    [Fact]
    public void Versions_are_listed_newest_first_with_status_decision_and_comment_and_the_latest_returned_one_can_be_revised()
    {
        var returned1 = Version(1, MeasureStatus.Returned, new ReviewDecision(ReviewOutcome.Returned, "200020", At, "first comment"));
        var returned2 = Version(2, MeasureStatus.Returned, new ReviewDecision(ReviewOutcome.Returned, "200021", At.AddDays(3), "second comment"));
        var card = Card(new MemberMeasures(Author, [returned1, returned2], [], []));

        Assert.True(card.IndexOfText("第 2 版") < card.IndexOfText("第 1 版"));
        Assert.Contains("已退回", card.Texts);
        Assert.Contains(card.Facts, f => f.Value == "退回（审核人：陈静，2026-12-13 14:30）");
        Assert.Contains("second comment", card.Texts);
        var revise = card.Action(MyMeasuresCard.ReviseVerb);
        Assert.Equal("2", CardJsonQuery.Data(revise, MyMeasuresCard.VersionKey));
        Assert.Empty(CardRules.Problems(card.Json));
    }

    [Fact]
    public void An_open_version_names_its_reviewers_and_can_be_withdrawn()
    {
        var card = Card(new MemberMeasures(Author, [Version(1, MeasureStatus.AwaitingReview)], [], []), language: UserLanguage.En);

        Assert.Contains("Awaiting review", card.Texts);
        Assert.Contains(card.Facts, f => f.Value == "李娜, 陈静");
        Assert.Equal("1", CardJsonQuery.Data(card.Action(MyMeasuresCard.WithdrawVerb), MyMeasuresCard.VersionKey));
        Assert.DoesNotContain(MyMeasuresCard.ReviseVerb, card.Verbs);
    }

    [Fact]
    public void Each_problem_shows_its_area_the_first_60_characters_and_its_deadline()
    {
        var longText = SampleText.Chinese(200);
        var card = Card(new MemberMeasures(Author, [Version(1, MeasureStatus.AwaitingReview, null, Submitted(longText))], [], []));

        Assert.Contains($"1. 【工作】{SampleText.Chinese(MyMeasuresCard.DescriptionLength)}…（时限 2026-12-31）", card.Texts);
    }

    [Fact]
    public void Ledger_entries_show_their_status_and_open_with_record_progress()
    {
        var open = Entry("200022|v1|p0", new(2027, 1, 31));
        var overdue = Entry("200022|v1|p1", new(2027, 1, 10));
        var doneLate = Entry("200022|v1|p2", new(2027, 1, 1)) with { Status = LedgerEntryStatus.Done, CompletedOnTime = false, CompletedAt = At.AddDays(30) };
        var doneOnTime = Entry("200022|v1|p3", new(2027, 1, 1)) with { Status = LedgerEntryStatus.Done, CompletedOnTime = true, CompletedAt = At };
        var approved = Version(1, MeasureStatus.Approved, new ReviewDecision(ReviewOutcome.Approved, "200020", At, null));
        var card = Card(new MemberMeasures(Author, [approved], [open, overdue, doneLate, doneOnTime], []));

        foreach (var status in new[] { "进行中", "已逾期", "已完成（逾期完成）", "已完成（按时）" })
        {
            Assert.Contains(status, card.Texts);
        }

        Assert.Equal(["200022|v1|p0", "200022|v1|p1", "200022|v1|p2", "200022|v1|p3"],
            card.ActionsWith(MyMeasuresCard.OpenEntryVerb).Select(a => CardJsonQuery.Data(a, MyMeasuresCard.EntryKey)));
        Assert.DoesNotContain(MyMeasuresCard.WithdrawVerb, card.Verbs);
    }

    [Fact]
    public void Many_versions_show_the_newest_and_say_how_many_earlier_ones_are_left_out()
    {
        var card = new CardJsonQuery(CardCatalog.All.Single(e => e.Name == "my-measures").MaximumLength(UserLanguage.ZhCn));

        Assert.Contains("第 99 版", card.Texts);
        Assert.DoesNotContain("第 96 版", card.Texts);
        Assert.Contains($"……及更早的 {99 - MyMeasuresCard.MaxVersionsShown} 个版本。", card.Texts);
        Assert.Equal("99", CardJsonQuery.Data(card.Action(MyMeasuresCard.WithdrawVerb), MyMeasuresCard.VersionKey));
    }
}
