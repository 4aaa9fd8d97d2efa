using RectifyBot.Core.Surveys;

namespace RectifyBot.Core.Tests.Surveys;

public sealed class SurveyTallyTests
{
    private static readonly Survey Survey = SurveyTestData.Survey() with
    {
        ExtraQuestions = [new SurveyQuestion("q1", "对班子作风是否满意")],
        AskedCounts = new Dictionary<ParticipantCategory, int> { [ParticipantCategory.PartyMember] = 20, [ParticipantCategory.GrassrootsMasses] = 20 },
    };

    [Fact]
    public void Satisfaction_rate_counts_only_answers_that_chose_satisfied_basically_or_dissatisfied()
    {
        var answers = Answers(ParticipantCategory.PartyMember, SatisfactionChoice.Satisfied, SatisfactionChoice.BasicallySatisfied,
            SatisfactionChoice.Dissatisfied, SatisfactionChoice.DontKnow, null);

        var tally = SurveyTally.Of(Survey, answers);

        Assert.Equal(5, tally.Answers);
        Assert.Equal(4, tally.Overall.Valid);
        Assert.Equal(2.0 / 3, tally.Overall.SatisfactionRate!.Value, 10);
        Assert.Equal(1.0 / 3, tally.Overall.DissatisfiedShare!.Value, 10);
    }

    [Fact]
    public void Categories_with_fewer_than_five_answers_are_not_broken_down()
    {
        var answers = Answers(ParticipantCategory.PartyMember, Enumerable.Repeat<SatisfactionChoice?>(SatisfactionChoice.Satisfied, 5).ToArray())
            .Concat(Answers(ParticipantCategory.GrassrootsMasses, SatisfactionChoice.Dissatisfied, SatisfactionChoice.Dissatisfied))
            .ToList();

        var tally = SurveyTally.Of(Survey, answers);

        var shown = Assert.Single(tally.Categories);
        Assert.Equal(ParticipantCategory.PartyMember, shown.Category);
        Assert.Equal(2, tally.AnswersNotBrokenDown);
        Assert.Equal(7, tally.Overall.Valid);
    }

    [Fact]
    public void Opinions_come_from_answers_and_the_suggestion_box_but_only_answers_count_in_rates()
    {
        var answers = new List<SurveyAnswer>
        {
            new() { Category = ParticipantCategory.PartyMember, Choice = SatisfactionChoice.Satisfied, Opinion = "建议公开台帐", Source = ReplySource.Teams },
            new() { Category = ParticipantCategory.Other, Opinion = "<b>食堂</b>要改", Source = ReplySource.SuggestionBox },
        };

        var tally = SurveyTally.Of(Survey, answers);

        Assert.Equal(["建议公开台帐", "<b>食堂</b>要改"], tally.Opinions);
        Assert.Equal(1, tally.Answers);
    }

    [Fact]
    public void Extra_questions_are_tallied_on_the_same_scale()
    {
        var answers = new List<SurveyAnswer>
        {
            new() { Category = ParticipantCategory.PartyMember, Extras = new Dictionary<string, SatisfactionChoice> { ["q1"] = SatisfactionChoice.Dissatisfied }, Source = ReplySource.Web },
            new() { Category = ParticipantCategory.PartyMember, Choice = SatisfactionChoice.Satisfied, Source = ReplySource.Web },
        };

        var tally = SurveyTally.Of(Survey, answers);

        Assert.Equal(1, tally.ExtraQuestions["q1"].Dissatisfied);
        Assert.Equal(1, tally.ExtraQuestions["q1"].Blank);
    }

    [Fact]
    public void A_unit_where_most_are_dissatisfied_gets_that_verdict()
    {
        var answers = Answers(ParticipantCategory.PartyMember, SatisfactionChoice.Dissatisfied, SatisfactionChoice.Dissatisfied,
            SatisfactionChoice.Dissatisfied, SatisfactionChoice.Satisfied, SatisfactionChoice.BasicallySatisfied);

        Assert.Equal(MajorityVerdict.MostlyDissatisfied, SurveyTally.Of(Survey, answers).Verdict);
    }

    private static List<SurveyAnswer> Answers(ParticipantCategory category, params SatisfactionChoice?[] choices) =>
        choices.Select(c => new SurveyAnswer { Category = category, Choice = c, Source = ReplySource.Teams }).ToList();
}
