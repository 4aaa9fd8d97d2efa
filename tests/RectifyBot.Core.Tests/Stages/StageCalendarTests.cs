using RectifyBot.Core.Stages;

namespace RectifyBot.Core.Tests.Stages;

public sealed class StageCalendarTests
{
    private static readonly StageCalendar University = new(new(2026, 3, 1), new(2026, 3, 20), new(2026, 4, 30), new(2026, 7, 15));

    [Fact]
    public void Dates_in_order_with_two_and_a_half_months_of_consolidation_pass_without_warnings()
    {
        var check = University.Check();

        Assert.True(check.IsValid);
        Assert.Empty(check.Warnings);
    }

    [Fact]
    public void Start_submission_deadline_and_stage_end_may_fall_on_the_same_day()
    {
        var sameDay = new DateOnly(2026, 3, 1);

        Assert.True(new StageCalendar(sameDay, sameDay, sameDay, new(2026, 5, 1)).Check().IsValid);
    }

    [Theory]
    [InlineData("2026-03-01", "2026-02-28", "2026-04-30", "2026-07-15", StageCalendarProblem.SubmissionBeforeStart)]
    [InlineData("2026-03-01", "2026-03-20", "2026-03-19", "2026-07-15", StageCalendarProblem.StageEndBeforeSubmission)]
    [InlineData("2026-03-01", "2026-03-20", "2026-04-30", "2026-04-30", StageCalendarProblem.ConsolidationNotAfterStageEnd)]
    public void Dates_out_of_order_are_refused(string start, string submission, string end, string consolidation, StageCalendarProblem problem)
    {
        var check = new StageCalendar(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(submission, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(consolidation, System.Globalization.CultureInfo.InvariantCulture)).Check();

        Assert.False(check.IsValid);
        Assert.Contains(problem, check.Errors);
    }

    [Fact]
    public void Consolidation_shorter_than_two_months_is_a_warning_not_a_refusal()
    {
        var check = (University with { ConsolidationEnd = new(2026, 6, 29) }).Check();

        Assert.True(check.IsValid);
        Assert.Equal([StageCalendarProblem.ConsolidationShorterThanTwoMonths], check.Warnings);
    }

    [Fact]
    public void Consolidation_longer_than_three_months_is_a_warning_not_a_refusal()
    {
        var check = (University with { ConsolidationEnd = new(2026, 7, 31) }).Check();

        Assert.True(check.IsValid);
        Assert.Equal([StageCalendarProblem.ConsolidationLongerThanThreeMonths], check.Warnings);
    }

    [Fact]
    public void Exactly_two_or_three_months_of_consolidation_needs_no_warning()
    {
        Assert.Empty((University with { ConsolidationEnd = new(2026, 6, 30) }).Check().Warnings);
        Assert.Empty((University with { ConsolidationEnd = new(2026, 7, 30) }).Check().Warnings);
    }

    [Fact]
    public void A_committee_may_start_later_and_set_earlier_deadlines_within_the_university_stage()
    {
        var committee = new StageCalendar(new(2026, 3, 5), new(2026, 3, 15), new(2026, 4, 25), new(2026, 7, 10));

        Assert.True(committee.CheckWithin(University).IsValid);
    }

    [Theory]
    [InlineData(-1, 0, 0, 0, StageCalendarProblem.StartsBeforeUniversity)]
    [InlineData(0, 1, 0, 0, StageCalendarProblem.SubmissionAfterUniversity)]
    [InlineData(0, 0, 1, 0, StageCalendarProblem.StageEndAfterUniversity)]
    [InlineData(0, 0, 0, 1, StageCalendarProblem.ConsolidationEndAfterUniversity)]
    public void A_committee_calendar_reaching_outside_the_university_stage_is_refused(int start, int submission, int end, int consolidation, StageCalendarProblem problem)
    {
        var committee = new StageCalendar(
            University.Start.AddDays(start), University.SubmissionDeadline.AddDays(submission), University.StageEnd.AddDays(end), University.ConsolidationEnd.AddDays(consolidation));

        var check = committee.CheckWithin(University);

        Assert.Equal([problem], check.Errors);
    }

    [Fact]
    public void A_committee_calendar_is_also_checked_on_its_own()
    {
        var committee = University with { SubmissionDeadline = new(2026, 2, 1) };

        Assert.Contains(StageCalendarProblem.SubmissionBeforeStart, committee.CheckWithin(University).Errors);
    }

    [Fact]
    public void Measures_are_due_at_the_end_of_the_submission_day_in_china()
    {
        Assert.Equal(new DateTimeOffset(2026, 3, 20, 16, 0, 0, TimeSpan.Zero), University.SubmissionDueUtc);
    }
}
