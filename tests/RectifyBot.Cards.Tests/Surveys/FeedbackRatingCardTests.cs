using System.Globalization;
using RectifyBot.Cards.Catalog;
using RectifyBot.Cards.Localization;
using RectifyBot.Cards.Surveys;
using RectifyBot.Cards.Tests.Checking;
using RectifyBot.Cards.Tests.Measures;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Plans;
using RectifyBot.Core.Plans.Feedback;
using RectifyBot.Core.Surveys;

namespace RectifyBot.Cards.Tests.Surveys;

/// <summary>
/// The rating card of a plan's (整改方案公示) or status report's (公布整改情况) feedback window: what was published above
/// the survey's questions, worded for it, small enough for Teams on mobile at every limit.
/// </summary>
public sealed class FeedbackRatingCardTests
{
    private const string Ellipsis = "…";

    public static TheoryData<UserLanguage> Languages => [.. Enum.GetValues<UserLanguage>()];

    [Theory]
    [InlineData("survey-card-plan")]
    [InlineData("survey-card-status")]
    public void At_every_limit_the_rating_card_fits_Teams_28_KB_in_both_languages(string entry)
    {
        foreach (var language in Enum.GetValues<UserLanguage>())
        {
            var card = CardCatalog.All.Single(e => e.Name == entry).MaximumLength(language).ToJsonNode();

            Assert.InRange(TeamsMessage.SizeInBytes(card), 1, 28 * 1024);
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_fresh_card_for_a_plan_of_the_most_items_at_their_longest_fits_Teams_28_KB(UserLanguage language)
    {
        var material = FeedbackCardSamples.LongestPlanMaterial();

        var card = SurveyInvitationCard.Build(language, FeedbackCardSamples.Survey(material), reminder: false, material: material).ToJsonNode();

        Assert.InRange(TeamsMessage.SizeInBytes(card), 1, 28 * 1024);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_item_of_the_plan_is_shown_shortened_with_its_handling_deadline_responsible_unit_and_explanation(UserLanguage language)
    {
        var material = FeedbackCardSamples.LongestPlanMaterial();

        var card = new CardJsonQuery(SurveyInvitationCard.Build(language, FeedbackCardSamples.Survey(material), reminder: false, material: material));

        Assert.Contains(CardText.Format(language, "FeedbackCard_PlanItems", PlanLimits.Items), card.Texts);
        var items = material.Plan!.Items;
        Assert.Equal(PlanLimits.Items, items.Count);
        var (problemLength, explanationLength) = (FeedbackMaterialSection.ProblemLengthFor(PlanLimits.Items), FeedbackMaterialSection.ExplanationLengthFor(PlanLimits.Items));
        Assert.InRange(problemLength, 60, FeedbackMaterialSection.ProblemLength);
        Assert.InRange(explanationLength, 40, FeedbackMaterialSection.ExplanationLength);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            Assert.Equal($"{i + 1}. {item.Problem[..problemLength]}{Ellipsis}", Problem(card, i + 1));
            var unit = material.UnitNames[item.ResponsibleUnitCode][..FeedbackMaterialSection.UnitNameLength] + Ellipsis;
            Assert.Contains(CardText.Format(language, "FeedbackCard_PlanItemLine", CardText.Get(language, "PlanHandling_StepByStep"), "2027-03-31", unit), card.Texts);
            Assert.Contains(CardText.Format(language, "FeedbackCard_PlanExplanation", item.Explanation![..explanationLength] + Ellipsis), card.Texts);
        }

        // The items come before the questions, which end in the four ratings for this window's survey.
        Assert.True(card.IndexOfText(Problem(card, 20)) < card.IndexOf(card.Input(SurveyVerbs.OpinionId)), "the plan comes before the opinion");
        Assert.Equal(
            Enum.GetValues<SatisfactionChoice>().Select(c => ((string?)"U000-plan-v99", (string?)c.ToString())),
            card.ActionsWith(SurveyVerbs.Answer).Select(a => (CardJsonQuery.Data(a, SurveyVerbs.SurveyKey), CardJsonQuery.Data(a, SurveyVerbs.ChoiceKey))));
    }

    [Fact]
    public void A_plan_of_few_items_shows_more_of_each()
    {
        Assert.Equal((FeedbackMaterialSection.ProblemLength, FeedbackMaterialSection.ExplanationLength), (FeedbackMaterialSection.ProblemLengthFor(3), FeedbackMaterialSection.ExplanationLengthFor(3)));
        Assert.True(FeedbackMaterialSection.ProblemLengthFor(PlanLimits.Items) < FeedbackMaterialSection.ProblemLengthFor(5));
    }

    [Theory]
    [InlineData(UserLanguage.ZhCn, "整改方案公示：计算机学院党委（第2版）", "您对这份整改方案有哪些意见和建议？", "您对计算机学院党委这份整改方案的评价")]
    [InlineData(UserLanguage.En, "Rectification plan for supervision: 计算机学院党委 (version 2)", "What are your opinions and suggestions on this rectification plan?", "How satisfied are you with this rectification plan of 计算机学院党委?")]
    public void The_plans_card_asks_about_the_plan(UserLanguage language, string title, string opinion, string rating)
    {
        var card = new CardJsonQuery(Sample("survey-card-plan", maximum: false, language));

        Assert.Equal(title, card.Texts[0]);
        Assert.Contains(opinion, card.Texts);
        Assert.Contains(rating, card.Texts);
        Assert.Contains(card.Texts, t => t.StartsWith("3. 学生宿舍网络带宽不足", StringComparison.Ordinal));
        Assert.Equal(4, card.ActionsWith(SurveyVerbs.Answer).Count);
    }

    [Theory]
    [InlineData(UserLanguage.ZhCn, "整改情况公布：计算机学院党委", "您对本单位的整改情况有哪些意见和建议？", "您对计算机学院党委整改情况的评价")]
    [InlineData(UserLanguage.En, "Rectification status published: 计算机学院党委", "What are your opinions and suggestions on the unit's rectification so far?", "How satisfied are you with the rectification status of 计算机学院党委?")]
    public void The_status_card_shows_the_counts_and_asks_about_the_status(UserLanguage language, string title, string opinion, string rating)
    {
        var card = new CardJsonQuery(Sample("survey-card-status", maximum: false, language));

        Assert.Equal(title, card.Texts[0]);
        Assert.Equal(
            [("StatusReport_InProgress", "12"), ("StatusReport_Overdue", "2"), ("StatusReport_DoneOnTime", "30"), ("StatusReport_DoneLate", "3"), ("StatusReport_Total", "47")],
            card.Facts.Select(f => (Key(language, f.Title), f.Value)));
        Assert.Contains("实验楼电梯老旧，停运时间长", card.Texts);
        Assert.Contains(opinion, card.Texts);
        Assert.Contains(rating, card.Texts);
        Assert.DoesNotContain(card.Texts, t => t == CardText.Format(language, "FeedbackCard_PlanItems", 0));
        Assert.Equal(4, card.ActionsWith(SurveyVerbs.Answer).Count);
    }

    [Fact]
    public void The_largest_status_shows_its_counts_in_both_languages()
    {
        foreach (var language in Enum.GetValues<UserLanguage>())
        {
            var card = new CardJsonQuery(Sample("survey-card-status", maximum: true, language));

            Assert.Equal(["99999", "99999", "99999", "99999", "399996"], card.Facts.Select(f => f.Value));
        }
    }

    [Theory]
    [InlineData(FeedbackSubjectKind.Plan)]
    [InlineData(FeedbackSubjectKind.StatusReport)]
    public void Every_wording_of_a_feedback_window_is_in_both_languages(FeedbackSubjectKind kind)
    {
        var survey = FeedbackCardSamples.Survey(kind == FeedbackSubjectKind.Plan ? FeedbackCardSamples.PlanMaterial() : FeedbackCardSamples.StatusMaterial());
        string[] keys =
        [
            SurveyWords.KeyFor("SurveyCard_Title", survey), SurveyWords.KeyFor("Survey_OpinionQuestion", survey), SurveyWords.KeyFor("Survey_SatisfactionQuestion", survey),
            "FeedbackCard_PlanItems", "FeedbackCard_PlanItemLine", "FeedbackCard_PlanExplanation", "FeedbackOpened", "FeedbackOpened_TeamsOnly",
        ];

        Assert.All(keys, key => Assert.True(TextHelpers.ChineseCount(CardText.Get(UserLanguage.ZhCn, key)) > 0, key));
        Assert.All(keys, key => Assert.Equal(0, TextHelpers.ChineseCount(CardText.Get(UserLanguage.En, key))));
    }

    private static Model.AdaptiveCard Sample(string entry, bool maximum, UserLanguage language)
    {
        var sample = CardCatalog.All.Single(e => e.Name == entry);
        return maximum ? sample.MaximumLength(language) : sample.Realistic(language);
    }

    private static string Problem(CardJsonQuery card, int number) =>
        Assert.Single(card.Texts, t => t.StartsWith(number.ToString(CultureInfo.InvariantCulture) + ". ", StringComparison.Ordinal));

    private static string Key(UserLanguage language, string title) =>
        new[] { "StatusReport_InProgress", "StatusReport_Overdue", "StatusReport_DoneOnTime", "StatusReport_DoneLate", "StatusReport_Total" }
            .Single(k => CardText.Get(language, k) == title);
}
