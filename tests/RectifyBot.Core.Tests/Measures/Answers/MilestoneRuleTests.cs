using RectifyBot.Core.Measures;
using RectifyBot.Core.Measures.Answers;

namespace RectifyBot.Core.Tests.Measures.Answers;

public sealed class MilestoneRuleTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);
    private static readonly DateOnly Deadline = new(2027, 3, 31);

    private static Milestone M(int month, int day, string description = "完成调研", int year = 2027) => new(new DateOnly(year, month, day), description);

    [Fact]
    public void Dated_steps_in_order_up_to_the_deadline_are_fine()
    {
        Milestone[] milestones = [M(11, 28, "制定方案", 2026), M(1, 15), M(3, 31, "全部完成")];

        Assert.Empty(MilestoneRule.Check(milestones, HandlingKind.CannotFixYet, Deadline, Today));
    }

    [Fact]
    public void A_problem_that_cannot_be_fixed_yet_needs_at_least_one_milestone() =>
        Assert.Equal([new MilestoneProblem(null, MilestoneProblemKind.NoneGiven)], MilestoneRule.Check([], HandlingKind.CannotFixYet, Deadline, Today));

    [Fact]
    public void A_problem_to_fix_now_needs_no_milestones() =>
        Assert.Empty(MilestoneRule.Check([], HandlingKind.FixNow, Deadline, Today));

    [Fact]
    public void Each_problem_names_the_milestone_by_its_number()
    {
        Milestone[] milestones = [M(11, 27, "太早", 2026), M(1, 15), M(1, 15, "同一天"), M(1, 10, "倒序"), M(4, 1, "太晚")];

        Assert.Equal(
            [
                new MilestoneProblem(1, MilestoneProblemKind.InThePast),
                new MilestoneProblem(3, MilestoneProblemKind.NotAfterPrevious),
                new MilestoneProblem(4, MilestoneProblemKind.NotAfterPrevious),
                new MilestoneProblem(5, MilestoneProblemKind.AfterDeadline),
            ],
            MilestoneRule.Check(milestones, HandlingKind.CannotFixYet, Deadline, Today));
    }

    [Theory]
    [InlineData("", MilestoneProblemKind.DescriptionMissing)]
    [InlineData("   ", MilestoneProblemKind.DescriptionMissing)]
    public void A_milestone_says_what_is_done_by_then(string description, MilestoneProblemKind expected) =>
        Assert.Equal([new MilestoneProblem(1, expected)], MilestoneRule.Check([M(1, 15, description)], HandlingKind.CannotFixYet, Deadline, Today));

    [Fact]
    public void A_description_of_200_characters_is_kept_and_one_more_is_too_long()
    {
        Assert.Empty(MilestoneRule.Check([M(1, 15, new string('字', 200))], HandlingKind.CannotFixYet, Deadline, Today));
        Assert.Equal(
            [new MilestoneProblem(1, MilestoneProblemKind.DescriptionTooLong)],
            MilestoneRule.Check([M(1, 15, new string('字', 201))], HandlingKind.CannotFixYet, Deadline, Today));
    }

    [Fact]
    public void Six_milestones_are_allowed_and_seven_are_too_many()
    {
        var six = Enumerable.Range(1, 6).Select(i => M(1, i)).ToList();
        var seven = Enumerable.Range(1, 7).Select(i => M(1, i)).ToList();

        Assert.Empty(MilestoneRule.Check(six, HandlingKind.CannotFixYet, Deadline, Today));
        Assert.Equal([new MilestoneProblem(null, MilestoneProblemKind.TooMany)], MilestoneRule.Check(seven, HandlingKind.CannotFixYet, Deadline, Today));
    }
}
