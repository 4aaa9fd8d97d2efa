using RectifyBot.Cards.Measures;
using RectifyBot.Cards.Model;
using RectifyBot.Cards.Tests.Checking;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Measures;
using static RectifyBot.Cards.Tests.Measures.MeasureTestData;

namespace RectifyBot.Cards.Tests.Measures;

public sealed class DraftStepCardTests
{
    private static readonly DateOnly StageEnd = new(2027, 1, 15);
    private static readonly DateOnly ConsolidationEnd = new(2027, 4, 15);

    public static TheoryData<DraftStep, UserLanguage> AskedStepsInEveryLanguage()
    {
        var data = new TheoryData<DraftStep, UserLanguage>();
        foreach (var step in Enum.GetValues<DraftStep>().Where(s => s is not (DraftStep.Preview or DraftStep.EditProblem)))
        {
            foreach (var language in Enum.GetValues<UserLanguage>())
            {
                data.Add(step, language);
            }
        }

        return data;
    }

    private static CardJsonQuery Card(DraftStep step, UserLanguage language = UserLanguage.ZhCn, Func<DraftStepView, DraftStepView>? change = null, MeasureDraft? draft = null)
    {
        var view = new DraftStepView(draft ?? Draft(step, CannotFixYet()), MemberAreas, StageEnd, ConsolidationEnd);
        return new CardJsonQuery(DraftStepCard.Build(language, change is null ? view : change(view)));
    }

    [Theory]
    [MemberData(nameof(AskedStepsInEveryLanguage))]
    public void Every_step_has_one_input_named_answer_a_next_button_with_revision_and_step_and_a_cancel_button(DraftStep step, UserLanguage language)
    {
        var card = Card(step, language);

        var input = Assert.Single(card.Inputs);
        Assert.Equal(DraftStepCard.AnswerInputId, (string?)input["id"]);
        var next = card.Action(DraftStepCard.AnswerVerb);
        Assert.Equal("5", CardJsonQuery.Data(next, DraftStepCard.RevisionKey));
        Assert.Equal(step.ToString(), CardJsonQuery.Data(next, DraftStepCard.StepKey));
        Assert.Equal("5", CardJsonQuery.Data(card.Action(DraftStepCard.CancelVerb), DraftStepCard.RevisionKey));
        Assert.Empty(CardRules.Problems(card.Json));
        var label = card.Elements[card.IndexOf(input) - 1];
        Assert.Equal("TextBlock", CardJsonQuery.Type(label));
    }

    [Theory]
    [MemberData(nameof(AskedStepsInEveryLanguage))]
    public void In_English_no_step_shows_Chinese_of_its_own(DraftStep step, UserLanguage language)
    {
        if (language != UserLanguage.En)
        {
            return;
        }

        var texts = TextHelpers.VisibleTexts(Card(step, language).Json);

        Assert.All(texts, t => Assert.True(TextHelpers.ChineseCount(t) == 0, $"'{t}' has Chinese"));
    }

    [Fact]
    public void Only_the_lessons_step_can_be_skipped()
    {
        Assert.Equal("5", CardJsonQuery.Data(Card(DraftStep.Lessons).Action(DraftStepCard.SkipVerb), DraftStepCard.RevisionKey));
        Assert.DoesNotContain(DraftStepCard.SkipVerb, Card(DraftStep.Commitment).Verbs);
    }

    [Fact]
    public void The_area_step_offers_only_the_areas_allowed_to_this_member_as_radio_buttons()
    {
        var input = Card(DraftStep.Area).Input(DraftStepCard.AnswerInputId);

        Assert.Equal("expanded", (string?)input["style"]);
        var values = input["choices"]!.AsArray().Select(c => (string)c!["value"]!).ToList();
        Assert.Equal(["Thought", "Work", "Style", "Discipline"], values);
        var titles = input["choices"]!.AsArray().Select(c => (string)c!["title"]!).ToList();
        Assert.Equal(["思想", "工作", "作风", "纪律"], titles);
    }

    [Theory]
    [InlineData(DraftStep.Description, MeasureLimits.Description, "问题描述（最多1000字）")]
    [InlineData(DraftStep.Measures, MeasureLimits.Measures, "整改措施（最多2000字）")]
    [InlineData(DraftStep.Explanation, MeasureLimits.Explanation, "向群众的解释说明（最多1000字）")]
    [InlineData(DraftStep.Commitment, MeasureLimits.Commitment, "整改承诺（最多1000字）")]
    [InlineData(DraftStep.Lessons, MeasureLimits.Lessons, "经验教训（选填，最多2000字）")]
    public void Text_steps_are_multiline_limited_as_the_server_limits_and_say_the_limit_in_the_label(DraftStep step, int limit, string label)
    {
        var card = Card(step);
        var input = card.Input(DraftStepCard.AnswerInputId);

        Assert.True((bool?)input["isMultiline"]);
        Assert.Equal(limit, (int?)input["maxLength"]);
        Assert.Equal(card.IndexOfText(label), card.IndexOf(input) - 1);
    }

    [Fact]
    public void The_deadline_step_has_a_date_input_with_the_stored_date_and_names_the_stage_end_and_consolidation_end()
    {
        var card = Card(DraftStep.Deadline);

        var input = card.Input(DraftStepCard.AnswerInputId);
        Assert.Equal("Input.Date", CardJsonQuery.Type(input));
        Assert.Equal("2027-04-10", (string?)input["value"]);
        Assert.Contains(card.Texts, t => t.Contains("2027-01-15", StringComparison.Ordinal) && t.Contains("2027-04-15", StringComparison.Ordinal) && t.Contains("暂不具备条件", StringComparison.Ordinal));
        Assert.Contains(card.Texts, t => t.StartsWith("也可以直接输入回答", StringComparison.Ordinal) && t.Contains("下月底", StringComparison.Ordinal));
    }

    [Fact]
    public void A_refused_typed_deadline_is_shown_back_with_the_errors_right_under_the_input()
    {
        var card = Card(DraftStep.Deadline, change: v => v with { TypedValue = "下下个月", Errors = ["日期晚于巩固期结束日 2027-04-15。"] });

        var input = card.Input(DraftStepCard.AnswerInputId);
        Assert.Null(input["value"]);
        var typed = card.IndexOfText("您输入的是：下下个月");
        var error = card.IndexOfText("日期晚于巩固期结束日 2027-04-15。");
        Assert.Equal(card.IndexOf(input) + 1, typed);
        Assert.Equal(typed + 1, error);
        Assert.Equal("Attention", (string?)card.Elements[error]["color"]);
        Assert.Equal("Small", (string?)card.Elements[error]["size"]);
    }

    [Fact]
    public void A_refused_text_answer_keeps_the_text_as_typed()
    {
        var card = Card(DraftStep.Measures, change: v => v with { TypedValue = "  typed, not trimmed  ", Errors = ["太短"] });

        Assert.Equal("  typed, not trimmed  ", (string?)card.Input(DraftStepCard.AnswerInputId)["value"]);
        Assert.Equal(card.IndexOf(card.Input(DraftStepCard.AnswerInputId)) + 1, card.IndexOfText("太短"));
    }

    [Fact]
    public void Milestones_are_shown_one_a_line_as_the_member_types_them()
    {
        var input = Card(DraftStep.Milestones).Input(DraftStepCard.AnswerInputId);

        Assert.Equal("2027-01-10 apply\n2027-03-01 tender", (string?)input["value"]);
        Assert.Contains("每行一个", (string?)input["placeholder"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(UserLanguage.ZhCn, "问题 2 · 第 3 步（共 8 步）")]
    [InlineData(UserLanguage.En, "Problem 2 · step 3 of 8")]
    public void Progress_names_the_problem_and_the_step(UserLanguage language, string progress)
    {
        var draft = Draft(DraftStep.Description, FixNow(), ProblemDraft.Empty) with { CurrentProblem = 1 };

        Assert.Contains(progress, Card(DraftStep.Description, language, draft: draft).Texts);
    }

    [Fact]
    public void The_notice_of_the_previous_answer_is_on_top_in_green_and_a_conflict_in_the_attention_colour()
    {
        var confirmed = Card(DraftStep.Source, change: v => v with { Notice = MeasureNotice.Good(MeasureNoticeKeys.Confirmed, "作风") });
        var conflict = Card(DraftStep.Source, change: v => v with { Notice = MeasureNotice.Warning(MeasureNoticeKeys.DraftConflict) });

        Assert.Equal(1, confirmed.IndexOfText("已记录：作风"));
        Assert.Equal("Good", (string?)confirmed.Elements[1]["color"]);
        Assert.Equal("Attention", (string?)conflict.Elements[1]["color"]);
    }

    [Fact]
    public void A_revision_says_which_version_it_revises()
    {
        var draft = Draft(DraftStep.Area) with { Revises = 2 };

        Assert.Equal("第 3 版（修改自第 2 版）", Card(DraftStep.Area, draft: draft).Texts[0]);
    }

    [Fact]
    public void At_the_most_problems_another_problem_can_only_be_declined()
    {
        var draft = Draft(DraftStep.AnotherProblem, [.. Enumerable.Repeat(FixNow(), MeasureLimits.Problems)]);

        var choices = Card(DraftStep.AnotherProblem, draft: draft).Input(DraftStepCard.AnswerInputId)["choices"]!.AsArray();

        Assert.Equal(DraftStepCard.NoValue, (string?)Assert.Single(choices)!["value"]);
    }

    [Theory]
    [InlineData(DraftStep.Preview)]
    [InlineData(DraftStep.EditProblem)]
    public void Preview_and_the_problem_form_are_not_step_questions(DraftStep step) =>
        Assert.Throws<ArgumentException>(() => DraftStepCard.Build(UserLanguage.ZhCn, new DraftStepView(Draft(step), MemberAreas, null, null)));

    [Fact]
    public void Without_stage_dates_the_rule_says_they_are_not_set_yet() =>
        Assert.Contains(
            new CardJsonQuery(DraftStepCard.Build(UserLanguage.En, new DraftStepView(Draft(DraftStep.Deadline, FixNow()), MemberAreas, null, null))).Texts,
            t => t.Contains("(not set yet)", StringComparison.Ordinal));

    [Fact]
    public void Every_action_is_an_Execute_with_its_Submit_fallback()
    {
        var card = DraftStepCard.Build(UserLanguage.ZhCn, new DraftStepView(Draft(DraftStep.Lessons), MemberAreas, null, null));

        Assert.All(card.Actions, a => Assert.IsType<ExecuteAction>(a));
    }
}
