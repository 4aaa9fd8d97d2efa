using RectifyBot.Core.Plans.Feedback;

namespace RectifyBot.Core.Tests.Plans;

/// <summary>DOMAIN.md "The majority rule" for a plan's feedback window, at its edges.</summary>
public sealed class MajorityRuleTests
{
    [Fact]
    public void Dissatisfied_at_exactly_half_of_the_counted_answers_does_not_trigger_a_revision() =>
        Assert.Equal(MajorityVerdict.NotDissatisfied, MajorityRule.Decide(new FeedbackCounts(20, 2, 2, 4, 0)));

    [Fact]
    public void Dissatisfied_one_over_half_triggers_a_revision() =>
        Assert.Equal(MajorityVerdict.MostDissatisfied, MajorityRule.Decide(new FeedbackCounts(20, 2, 1, 4, 0)));

    [Fact]
    public void Below_the_quorum_of_five_the_response_is_insufficient_even_if_all_are_dissatisfied() =>
        Assert.Equal(MajorityVerdict.InsufficientResponse, MajorityRule.Decide(new FeedbackCounts(10, 0, 0, 4, 0)));

    [Fact]
    public void The_quorum_is_ten_percent_of_those_asked_when_that_is_more_than_five_rounding_up()
    {
        Assert.Equal(5, MajorityRule.Quorum(0));
        Assert.Equal(5, MajorityRule.Quorum(50));
        Assert.Equal(6, MajorityRule.Quorum(51));
        Assert.Equal(MajorityVerdict.InsufficientResponse, MajorityRule.Decide(new FeedbackCounts(120, 0, 0, 11, 0)));
        Assert.Equal(MajorityVerdict.MostDissatisfied, MajorityRule.Decide(new FeedbackCounts(120, 0, 0, 12, 0)));
    }

    [Fact]
    public void Zero_respondents_is_an_insufficient_response() =>
        Assert.Equal(MajorityVerdict.InsufficientResponse, MajorityRule.Decide(FeedbackCounts.None(30)));

    [Fact]
    public void Do_not_know_answers_only_count_for_nothing_and_leave_the_response_insufficient() =>
        Assert.Equal(MajorityVerdict.InsufficientResponse, MajorityRule.Decide(new FeedbackCounts(30, 0, 0, 0, 30)));

    [Fact]
    public void Do_not_know_answers_do_not_dilute_the_dissatisfied_majority() =>
        Assert.Equal(MajorityVerdict.MostDissatisfied, MajorityRule.Decide(new FeedbackCounts(40, 1, 1, 3, 35)));
}
