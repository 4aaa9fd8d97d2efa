using RectifyBot.Cards.Catalog;
using RectifyBot.Cards.Measures;
using RectifyBot.Cards.Tests.Checking;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Measures;
using static RectifyBot.Cards.Tests.Measures.MeasureTestData;

namespace RectifyBot.Cards.Tests.Measures;

public sealed class DraftPreviewCardTests
{
    private static CardJsonQuery Card(MeasureDraft draft, UserLanguage language = UserLanguage.ZhCn, Func<DraftPreviewView, DraftPreviewView>? change = null)
    {
        var view = new DraftPreviewView(draft, "route text");
        return new CardJsonQuery(DraftPreviewCard.Build(language, change is null ? view : change(view)));
    }

    [Fact]
    public void A_complete_draft_shows_every_field_the_route_and_can_be_submitted()
    {
        var card = Card(Draft(DraftStep.Preview, FixNow(), CannotFixYet()) with { Lessons = "lesson text" });

        foreach (var text in new[] { "Late marking", "Mark within a week", "Old lab equipment", "Needs next year's budget", "I will fix them all", "lesson text", "route text" })
        {
            Assert.Contains(text, card.Texts);
        }

        Assert.Contains(("2027-03-01", "tender"), card.Facts);
        Assert.Contains("暂不具备条件，逐步解决", card.AllText, StringComparison.Ordinal);
        Assert.Equal("5", CardJsonQuery.Data(card.Action(DraftPreviewCard.SubmitVerb), DraftPreviewCard.RevisionKey));
        Assert.Equal(["0", "1"], card.ActionsWith(DraftPreviewCard.EditProblemVerb).Select(a => CardJsonQuery.Data(a, DraftPreviewCard.ProblemKey)));
        Assert.Contains(DraftPreviewCard.AddProblemVerb, card.Verbs);
        Assert.Contains(DraftPreviewCard.EditCommitmentVerb, card.Verbs);
        Assert.Contains(DraftPreviewCard.CancelVerb, card.Verbs);
        Assert.Empty(CardRules.Problems(card.Json));
    }

    [Fact]
    public void An_incomplete_problem_is_flagged_with_what_is_missing_and_submit_is_not_offered()
    {
        var incomplete = CannotFixYet() with { Milestones = [], Deadline = null };
        var card = Card(Draft(DraftStep.Preview, FixNow(), incomplete));

        Assert.Contains("尚未填写：时间节点、整改时限", card.Texts);
        Assert.DoesNotContain(DraftPreviewCard.SubmitVerb, card.Verbs);
        Assert.Contains("补全上面标出的内容后才能提交。", card.Texts);
    }

    [Fact]
    public void A_missing_commitment_blocks_submitting()
    {
        var card = Card(Draft(DraftStep.Preview, FixNow()) with { Commitment = null }, UserLanguage.En);

        Assert.Contains("The commitment is still missing.", card.Texts);
        Assert.DoesNotContain(DraftPreviewCard.SubmitVerb, card.Verbs);
    }

    [Fact]
    public void The_servers_errors_about_a_problem_are_shown_with_it_and_block_submitting()
    {
        var card = Card(Draft(DraftStep.Preview, FixNow(), FixNow("Second")), change: v => v with
        {
            ProblemErrors = new Dictionary<int, IReadOnlyList<string>> { [1] = ["deadline past the stage end"] },
        });

        Assert.True(card.IndexOfText("deadline past the stage end") > card.IndexOfText("Second"));
        Assert.DoesNotContain(DraftPreviewCard.SubmitVerb, card.Verbs);
    }

    [Fact]
    public void A_revision_names_its_version_and_shows_the_returned_comment_with_who_and_when()
    {
        var returned = Version(1, MeasureStatus.Returned, new ReviewDecision(ReviewOutcome.Returned, "200020", At, "Be more specific"));
        var card = Card(Draft(DraftStep.Preview, FixNow()) with { Revises = 1 }, UserLanguage.En, v => v with { Returned = returned, ReturnedByName = "Li Na" });

        Assert.Contains("Version 2 (revising version 1)", card.Texts);
        Assert.Contains("Version 1 was returned by Li Na on 2026-12-10 14:30 with this comment:", card.Texts);
        Assert.Contains("Be more specific", card.Texts);
    }

    [Fact]
    public void At_the_most_problems_no_more_can_be_added() =>
        Assert.DoesNotContain(DraftPreviewCard.AddProblemVerb, Card(Draft(DraftStep.Preview, [.. Enumerable.Repeat(FixNow(), MeasureLimits.Problems)])).Verbs);

    [Fact]
    public void Problems_too_long_for_one_card_are_shortened_and_the_card_says_where_the_full_text_is()
    {
        var card = new CardJsonQuery(CardCatalog.All.Single(e => e.Name == "measure-draft-preview").MaximumLength(UserLanguage.ZhCn));

        Assert.Contains(card.Texts, t => t.Contains("修改问题", StringComparison.Ordinal) && t.Contains("全文", StringComparison.Ordinal));
        Assert.Contains(SampleText.Chinese(DraftPreviewCard.ShortenedLength) + "…", card.Texts);
        // Only the lessons (2,000 characters, not a problem's text) are shown at full length.
        Assert.Single(card.Texts, t => t == SampleText.Chinese(MeasureLimits.Lessons));
        Assert.Equal(MeasureLimits.Problems, card.ActionsWith(DraftPreviewCard.EditProblemVerb).Count);
        Assert.InRange(TeamsMessage.SizeInBytes(card.Json), 1, TeamsMessage.MaxBytes);
    }

    [Fact]
    public void Problems_that_fit_are_shown_in_full()
    {
        var longest = FixNow(SampleText.Chinese(MeasureLimits.Description), SampleText.Chinese(MeasureLimits.Measures));
        var card = Card(Draft(DraftStep.Preview, longest, longest));

        Assert.Contains(SampleText.Chinese(MeasureLimits.Measures), card.Texts);
        Assert.DoesNotContain(card.Texts, t => t.Contains("全文", StringComparison.Ordinal));
    }

    [Fact]
    public void The_most_text_shown_in_full_still_fits_in_a_Teams_message()
    {
        var problem = FixNow(SampleText.Chinese(500), SampleText.Chinese(1000)) with { Area = ProblemArea.StrictGovernance };
        var problems = Enumerable.Repeat(problem, MeasureLimits.Problems).ToArray();
        Assert.Equal(DraftPreviewCard.FullTextBudget, problems.Sum(p => p.Description!.Length + p.Measures!.Length));
        var draft = Draft(DraftStep.Preview, problems) with
        {
            Revises = 98,
            Commitment = SampleText.Chinese(MeasureLimits.Commitment),
            Lessons = SampleText.Chinese(MeasureLimits.Lessons),
        };
        var returned = Version(98, MeasureStatus.Returned, new ReviewDecision(ReviewOutcome.Returned, "200020", At, SampleText.Chinese(MeasureLimits.ReturnComment)));

        var card = Card(draft, change: v => v with { Returned = returned, ReturnedByName = SampleText.Chinese(20) } with { RouteDescription = SampleText.Chinese(600) });

        Assert.Contains(SampleText.Chinese(500), card.Texts);
        Assert.InRange(TeamsMessage.SizeInBytes(card.Json), 1, TeamsMessage.MaxBytes);
    }
}
