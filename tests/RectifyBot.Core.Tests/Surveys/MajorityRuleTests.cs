using RectifyBot.Core.Surveys;

namespace RectifyBot.Core.Tests.Surveys;

public sealed class MajorityRuleTests
{
    [Theory]
    [InlineData(0, 5)]
    [InlineData(30, 5)]
    [InlineData(50, 5)]
    [InlineData(51, 6)]
    [InlineData(100, 10)]
    [InlineData(5000, 500)]
    public void The_quorum_is_five_or_ten_percent_of_those_asked_whichever_is_more(int asked, int quorum) =>
        Assert.Equal(quorum, MajorityRule.Quorum(asked));

    [Fact]
    public void More_than_half_dissatisfied_with_a_quorum_means_mostly_dissatisfied() =>
        Assert.Equal(MajorityVerdict.MostlyDissatisfied, MajorityRule.Decide(new SatisfactionCounts(1, 1, 3, 0, 0), asked: 50));

    [Fact]
    public void Exactly_half_dissatisfied_does_not_trigger() =>
        Assert.Equal(MajorityVerdict.NotMostlyDissatisfied, MajorityRule.Decide(new SatisfactionCounts(2, 1, 3, 0, 0), asked: 50));

    [Fact]
    public void Dont_know_and_blank_answers_do_not_count_towards_the_quorum_or_the_majority()
    {
        // 3 dissatisfied of 4 decisive, many 不了解: below the quorum of 5.
        Assert.Equal(MajorityVerdict.InsufficientResponse, MajorityRule.Decide(new SatisfactionCounts(1, 0, 3, 20, 9), asked: 40));

        // 3 dissatisfied of 5 decisive: the 10 不了解 do not dilute the majority.
        Assert.Equal(MajorityVerdict.MostlyDissatisfied, MajorityRule.Decide(new SatisfactionCounts(1, 1, 3, 10, 0), asked: 40));
    }

    [Fact]
    public void Below_ten_percent_of_those_asked_the_response_is_insufficient() =>
        Assert.Equal(MajorityVerdict.InsufficientResponse, MajorityRule.Decide(new SatisfactionCounts(0, 0, 9, 0, 0), asked: 100));

    [Fact]
    public void At_exactly_the_quorum_a_verdict_is_given() =>
        Assert.Equal(MajorityVerdict.MostlyDissatisfied, MajorityRule.Decide(new SatisfactionCounts(0, 0, 10, 0, 0), asked: 100));
}
