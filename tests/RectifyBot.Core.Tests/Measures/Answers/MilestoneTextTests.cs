using RectifyBot.Core.Measures;
using RectifyBot.Core.Measures.Answers;

namespace RectifyBot.Core.Tests.Measures.Answers;

public sealed class MilestoneTextTests
{
    private static readonly DateOnly Saturday = new(2026, 11, 28);

    [Theory]
    [InlineData("2027-03-01 完成调研\n2027-04-15 形成方案")]
    [InlineData("2027-03-01 完成调研\r\n\r\n2027-04-15 形成方案\n")]
    [InlineData("3月1日 完成调研；4月15日 形成方案")]
    [InlineData("3月1日完成调研;4月15日形成方案")]
    [InlineData("3月1日前完成调研；4月15日前形成方案。")]
    [InlineData("三月一日：完成调研；2027年4月15日，形成方案")]
    [InlineData("Mar 1 完成调研\nApril 15, 2027 形成方案")]
    public void Milestones_are_read_one_per_line_or_separated_by_semicolons(string text)
    {
        var reading = MilestoneText.Read(text, Saturday);

        Assert.True(reading.IsRead);
        Assert.Equal(
            [new Milestone(new DateOnly(2027, 3, 1), "完成调研"), new Milestone(new DateOnly(2027, 4, 15), "形成方案")],
            reading.Milestones);
    }

    [Fact]
    public void Relative_dates_count_from_today() =>
        Assert.Equal([new Milestone(new DateOnly(2026, 12, 31), "交初稿")], MilestoneText.Read("下月底 交初稿", Saturday).Milestones);

    [Fact]
    public void A_space_after_the_date_separates_it_from_a_description_that_starts_with_qian() =>
        Assert.Equal([new Milestone(new DateOnly(2027, 3, 1), "前期调研")], MilestoneText.Read("3月1日 前期调研", Saturday).Milestones);

    [Fact]
    public void A_description_starting_with_a_number_is_kept_whole() =>
        Assert.Equal([new Milestone(new DateOnly(2027, 3, 1), "2份报告")], MilestoneText.Read("2027-03-01 2份报告", Saturday).Milestones);

    [Fact]
    public void Each_line_that_cannot_be_read_is_named_with_why()
    {
        var reading = MilestoneText.Read("3月1日 完成调研\n尽快完成\n2月30日 形成方案\n2027-04-15\n2027-02-29完成", Saturday);

        Assert.False(reading.IsRead);
        Assert.Equal([new Milestone(new DateOnly(2027, 3, 1), "完成调研")], reading.Milestones);
        Assert.Equal(
            [
                new MilestoneLineError(2, MilestoneLineProblem.Unreadable),
                new MilestoneLineError(3, MilestoneLineProblem.Impossible),
                new MilestoneLineError(4, MilestoneLineProblem.MissingDescription),
                new MilestoneLineError(5, MilestoneLineProblem.Impossible),
            ],
            reading.Errors);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \n ；")]
    public void Nothing_typed_is_no_milestones_and_no_errors(string? text)
    {
        var reading = MilestoneText.Read(text, Saturday);

        Assert.Empty(reading.Milestones);
        Assert.Empty(reading.Errors);
    }
}
