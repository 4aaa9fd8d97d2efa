using RectifyBot.Core.Measures;
using RectifyBot.Core.Measures.Answers;
using RectifyBot.Core.Stages;

namespace RectifyBot.Core.Tests.Measures.Answers;

public sealed class DeadlineRuleTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);

    // The stage ends on 2026-12-31; consolidation on 2027-03-31.
    private static readonly StageCalendar Calendar = new(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 31), new DateOnly(2027, 3, 31));

    [Theory]
    [InlineData(HandlingKind.FixNow, true)]
    [InlineData(HandlingKind.CannotFixYet, true)]
    [InlineData(HandlingKind.FixNow, false)]
    public void Yesterday_is_in_the_past(HandlingKind handling, bool withCalendar) =>
        Assert.Equal(DeadlineProblem.InThePast, DeadlineRule.Check(Today.AddDays(-1), handling, Today, withCalendar ? Calendar : null));

    [Theory]
    [InlineData(HandlingKind.FixNow)]
    [InlineData(HandlingKind.CannotFixYet)]
    public void Today_is_allowed(HandlingKind handling) =>
        Assert.Null(DeadlineRule.Check(Today, handling, Today, Calendar));

    [Theory]
    [InlineData("2026-12-31", null)]
    [InlineData("2027-01-01", DeadlineProblem.AfterStageEnd)]
    [InlineData("2027-04-01", DeadlineProblem.AfterStageEnd)]
    public void A_problem_to_fix_now_is_fixed_by_the_stage_end(string deadline, DeadlineProblem? expected) =>
        Assert.Equal(expected, DeadlineRule.Check(DateOnly.Parse(deadline, System.Globalization.CultureInfo.InvariantCulture), HandlingKind.FixNow, Today, Calendar));

    [Theory]
    [InlineData("2026-12-31", null)]
    [InlineData("2027-01-01", null)]
    [InlineData("2027-03-31", null)]
    [InlineData("2027-04-01", DeadlineProblem.AfterConsolidationEnd)]
    public void A_problem_that_cannot_be_fixed_yet_may_pass_the_stage_end_but_not_the_end_of_consolidation(string deadline, DeadlineProblem? expected) =>
        Assert.Equal(expected, DeadlineRule.Check(DateOnly.Parse(deadline, System.Globalization.CultureInfo.InvariantCulture), HandlingKind.CannotFixYet, Today, Calendar));

    [Theory]
    [InlineData(HandlingKind.FixNow)]
    [InlineData(HandlingKind.CannotFixYet)]
    public void Without_a_calendar_only_the_past_is_refused(HandlingKind handling) =>
        Assert.Null(DeadlineRule.Check(new DateOnly(2030, 1, 1), handling, Today, null));
}
