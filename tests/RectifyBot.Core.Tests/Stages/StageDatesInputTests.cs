using RectifyBot.Core.Stages;

namespace RectifyBot.Core.Tests.Stages;

public sealed class StageDatesInputTests
{
    [Theory]
    [InlineData("2026-12-01")]
    [InlineData("2026/12/1")]
    [InlineData("２０２６－１２－０１")]
    [InlineData(" 2026.12.1 ")]
    public void Dates_are_read_as_typed_on_phones_and_desktops(string text)
    {
        Assert.True(StageDatesInput.TryParseDate(text, out var date));
        Assert.Equal(new DateOnly(2026, 12, 1), date);
    }

    [Fact]
    public void Fields_that_are_missing_or_not_dates_are_named_and_no_calendar_is_made()
    {
        var (calendar, unreadable) = new StageDatesInput("2026-12-01", "明天", null, "2027-04-15").Parse();

        Assert.Null(calendar);
        Assert.Equal([StageDateField.SubmissionDeadline, StageDateField.StageEnd], unreadable);
    }

    [Theory]
    [InlineData(StageCalendarProblem.SubmissionBeforeStart, StageDateField.SubmissionDeadline)]
    [InlineData(StageCalendarProblem.StartsBeforeUniversity, StageDateField.Start)]
    [InlineData(StageCalendarProblem.StageEndAfterUniversity, StageDateField.StageEnd)]
    [InlineData(StageCalendarProblem.ConsolidationNotAfterStageEnd, StageDateField.ConsolidationEnd)]
    public void Each_problem_is_shown_next_to_the_field_it_is_about(StageCalendarProblem problem, StageDateField field) =>
        Assert.Equal(field, StageDatesInput.FieldOf(problem));
}
