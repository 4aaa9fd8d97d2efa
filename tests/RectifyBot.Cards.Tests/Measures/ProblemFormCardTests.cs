using RectifyBot.Cards.Catalog;
using RectifyBot.Cards.Measures;
using RectifyBot.Cards.Tests.Checking;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Measures;
using static RectifyBot.Cards.Tests.Measures.MeasureTestData;

namespace RectifyBot.Cards.Tests.Measures;

public sealed class ProblemFormCardTests
{
    private static readonly string[] Fields =
    [
        ProblemFormCard.AreaField, ProblemFormCard.SourceField, ProblemFormCard.DescriptionField, ProblemFormCard.MeasuresField,
        ProblemFormCard.HandlingField, ProblemFormCard.ExplanationField, ProblemFormCard.MilestonesField, ProblemFormCard.DeadlineField,
    ];

    private static ProblemFormView View(int count = 2) =>
        ProblemFormView.For(Draft(DraftStep.EditProblem, [.. Enumerable.Repeat(CannotFixYet(), count)]), count - 1, MemberAreas, new(2027, 1, 15), new(2027, 4, 15));

    [Fact]
    public void Every_field_is_on_the_card_with_the_stored_value()
    {
        var card = new CardJsonQuery(ProblemFormCard.Build(UserLanguage.ZhCn, View()));

        Assert.Equal(Fields, card.Inputs.Select(i => (string)i["id"]!));
        Assert.Equal("Style", (string?)card.Input(ProblemFormCard.AreaField)["value"]);
        Assert.Equal("OrganisationEvaluation", (string?)card.Input(ProblemFormCard.SourceField)["value"]);
        Assert.Equal("CannotFixYet", (string?)card.Input(ProblemFormCard.HandlingField)["value"]);
        Assert.Equal("2027-01-10 apply\n2027-03-01 tender", (string?)card.Input(ProblemFormCard.MilestonesField)["value"]);
        Assert.Equal("2027-04-10", (string?)card.Input(ProblemFormCard.DeadlineField)["value"]);
        Assert.Equal(MeasureLimits.Measures, (int?)card.Input(ProblemFormCard.MeasuresField)["maxLength"]);
        Assert.Equal("修改问题 2（共 2 个）", card.Texts[0]);
    }

    [Fact]
    public void A_refused_form_keeps_every_value_as_typed_and_puts_each_error_right_under_its_field()
    {
        var typed = new ProblemFormValues
        {
            Area = "Work", Source = "MassesOpinion", Description = "d typed", Measures = "m typed", Handling = "FixNow",
            Explanation = "e typed", Milestones = "2027-13-01 bad", Deadline = "next month",
        };
        var errors = Fields.ToDictionary(f => f, f => (IReadOnlyList<string>)["error of " + f], StringComparer.Ordinal);
        var card = new CardJsonQuery(ProblemFormCard.Build(UserLanguage.En, View() with { Values = typed, Errors = errors }));

        Assert.Equal("d typed", (string?)card.Input(ProblemFormCard.DescriptionField)["value"]);
        Assert.Equal("2027-13-01 bad", (string?)card.Input(ProblemFormCard.MilestonesField)["value"]);
        Assert.Equal("FixNow", (string?)card.Input(ProblemFormCard.HandlingField)["value"]);
        Assert.Contains("You typed: next month", card.Texts);
        foreach (var field in Fields.Where(f => f != ProblemFormCard.DeadlineField))
        {
            var error = card.Elements[card.IndexOf(card.Input(field)) + 1];
            Assert.Equal("error of " + field, (string?)error["text"]);
            Assert.Equal("Attention", (string?)error["color"]);
        }

        Assert.Equal(card.IndexOfText("You typed: next month") + 1, card.IndexOfText("error of deadline"));
    }

    [Fact]
    public void Save_and_remove_carry_the_revision_and_the_problem_index_and_back_discards()
    {
        var card = new CardJsonQuery(ProblemFormCard.Build(UserLanguage.ZhCn, View(count: 3)));

        foreach (var verb in new[] { ProblemFormCard.SaveVerb, ProblemFormCard.RemoveVerb })
        {
            Assert.Equal("5", CardJsonQuery.Data(card.Action(verb), ProblemFormCard.RevisionKey));
            Assert.Equal("2", CardJsonQuery.Data(card.Action(verb), ProblemFormCard.ProblemKey));
        }

        Assert.Equal("返回预览（不保存）", (string?)card.Action(ProblemFormCard.PreviewVerb)["title"]);
        Assert.Empty(CardRules.Problems(card.Json));
    }

    [Fact]
    public void The_only_problem_of_a_draft_cannot_be_removed() =>
        Assert.DoesNotContain(ProblemFormCard.RemoveVerb, new CardJsonQuery(ProblemFormCard.Build(UserLanguage.ZhCn, View(count: 1))).Verbs);

    [Fact]
    public void The_longest_problem_is_shown_in_full_on_its_form()
    {
        var entry = CardCatalog.All.Single(e => e.Name == "measure-problem-form");
        var card = new CardJsonQuery(entry.MaximumLength(UserLanguage.ZhCn));

        Assert.Equal(SampleText.Chinese(MeasureLimits.Measures), (string?)card.Input(ProblemFormCard.MeasuresField)["value"]);
        Assert.Equal(SampleText.Chinese(MeasureLimits.Description), (string?)card.Input(ProblemFormCard.DescriptionField)["value"]);
    }
}
