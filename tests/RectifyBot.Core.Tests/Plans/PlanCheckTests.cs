using RectifyBot.Core.Measures;
using RectifyBot.Core.Plans;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Tests.Roster;

namespace RectifyBot.Core.Tests.Plans;

/// <summary>The server's checks of a plan item and of publication, each problem named with its item and field.</summary>
public sealed class PlanCheckTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    private static readonly Core.Roster.Roster Roster = TestRosters.With(
        TestRosters.Person("1001", "陈院长", "JSJ-1", TestRosters.Holding(Position.PrincipalLeader, "JSJ")),
        TestRosters.Person("1004", "周老师", "JSJ-2"),
        TestRosters.Person("3001", "外语老师", "WY-1"),
        TestRosters.Person("4001", "教务处长", null) with { Post = new AdministrativePost("JWC", PostRank.Head) });

    private static readonly PlanItemDraft Good = new()
    {
        Problem = "实验室开放时间不足",
        AreaCode = "teaching",
        Handling = PlanHandling.FixNow,
        Deadline = Today.AddDays(30),
        ResponsibleUnitCode = "JSJ",
        ResponsiblePersonNumber = "1004",
        Goals = [PlanGoal.ServingThePeople],
    };

    [Fact]
    public void A_complete_item_has_no_problems() => Assert.Empty(Check(Good));

    [Fact]
    public void Every_missing_field_is_named()
    {
        var problems = Check(new PlanItemDraft());

        Assert.Equal(
            [PlanField.Problem, PlanField.Area, PlanField.Handling, PlanField.Deadline, PlanField.ResponsibleUnit, PlanField.ResponsiblePerson, PlanField.Goals],
            problems.Select(p => p.Field));
        Assert.All(problems, p => Assert.Equal(PlanProblemKind.Required, p.Kind));
    }

    [Fact]
    public void A_responsible_person_from_another_unit_is_outside_the_unit() =>
        Assert.Equal(PlanProblemKind.PersonOutsideUnit, Assert.Single(Check(Good with { ResponsiblePersonNumber = "3001" })).Kind);

    [Fact]
    public void A_person_not_in_the_roster_is_outside_the_unit() =>
        Assert.Equal(PlanProblemKind.PersonOutsideUnit, Assert.Single(Check(Good with { ResponsiblePersonNumber = "9999" })).Kind);

    [Fact]
    public void A_department_head_is_in_the_committee_the_department_belongs_to()
    {
        Assert.Empty(PlanCheck.Item(0, Good with { ResponsiblePersonNumber = "4001", ResponsibleUnitCode = "JWC" }, "JG", Roster, PlanAreas.Seeded, Today));
        Assert.Equal(PlanProblemKind.PersonOutsideUnit, Assert.Single(Check(Good with { ResponsiblePersonNumber = "4001" })).Kind);
    }

    [Fact]
    public void An_area_off_the_list_is_refused_but_the_units_own_area_is_taken()
    {
        Assert.Equal(PlanProblemKind.UnknownArea, Assert.Single(Check(Good with { AreaCode = "nonsense" })).Kind);
        Assert.Empty(Check(Good with { AreaCode = null, OwnArea = "实验室管理" }));
        Assert.Equal(PlanProblemKind.UnknownArea, Assert.Single(PlanCheck.Item(0, Good, "JSJ", Roster, [PlanAreas.Seeded[0] with { Retired = true }], Today)).Kind);
    }

    [Fact]
    public void A_deadline_in_the_past_is_refused_and_today_is_allowed()
    {
        Assert.Equal(PlanProblemKind.DeadlineInPast, Assert.Single(Check(Good with { Deadline = Today.AddDays(-1) })).Kind);
        Assert.Empty(Check(Good with { Deadline = Today }));
    }

    [Fact]
    public void A_step_by_step_item_needs_the_explanation_to_the_masses_and_milestones_within_the_deadline()
    {
        var stepByStep = Good with { Handling = PlanHandling.StepByStep };

        Assert.Equal(
            [(PlanField.Explanation, PlanProblemKind.ExplanationRequired), (PlanField.Milestones, PlanProblemKind.MilestonesRequired)],
            Check(stepByStep).Select(p => (p.Field, p.Kind)));
        Assert.Equal(
            PlanProblemKind.MilestoneAfterDeadline,
            Assert.Single(Check(stepByStep with { Explanation = "经费下年度安排", Milestones = [new Milestone(Today.AddDays(40), "完工")] })).Kind);
        Assert.Empty(Check(stepByStep with { Explanation = "经费下年度安排", Milestones = [new Milestone(Today.AddDays(10), "调研")] }));
    }

    [Fact]
    public void The_longest_problem_text_is_allowed_and_one_more_character_is_not()
    {
        Assert.Empty(Check(Good with { Problem = new string('整', PlanLimits.Problem) }));
        Assert.Equal(PlanProblemKind.TooLong, Assert.Single(Check(Good with { Problem = new string('整', PlanLimits.Problem + 1) })).Kind);
    }

    [Fact]
    public void Publication_needs_an_item_a_scope_and_a_window_that_has_not_ended()
    {
        var empty = Draft(PlanItemDraft.Empty);

        Assert.Equal(
            [(PlanField.Items, PlanProblemKind.NoItems), (PlanField.Scope, PlanProblemKind.Required), (PlanField.WindowEnd, PlanProblemKind.WindowInPast)],
            PlanCheck.Publication(empty, null, Today.AddDays(-1), Roster, PlanAreas.Seeded, Today).Select(p => (p.Field, p.Kind)));
        Assert.Empty(PlanCheck.Publication(Draft(Good, PlanItemDraft.Empty), PlanScope.Everyone, Today, Roster, PlanAreas.Seeded, Today));
        Assert.Equal(
            PlanProblemKind.WindowTooLong,
            Assert.Single(PlanCheck.Publication(Draft(Good), PlanScope.Everyone, Today.AddDays(PlanLimits.WindowDays + 1), Roster, PlanAreas.Seeded, Today)).Kind);
    }

    [Fact]
    public void Blank_items_are_left_out_of_the_published_plan() =>
        Assert.Equal(["实验室开放时间不足"], PlanCheck.Items(Draft(PlanItemDraft.Empty, Good, new PlanItemDraft())).Select(i => i.Problem));

    private static IReadOnlyList<PlanProblem> Check(PlanItemDraft item) => PlanCheck.Item(0, item, "JSJ", Roster, PlanAreas.Seeded, Today);

    private static PlanDraft Draft(params PlanItemDraft[] items) => new()
    {
        UnitCode = "JSJ",
        AuthorNumber = "1001",
        Items = items,
        StartedAt = DateTimeOffset.UnixEpoch,
        UpdatedAt = DateTimeOffset.UnixEpoch,
    };
}
