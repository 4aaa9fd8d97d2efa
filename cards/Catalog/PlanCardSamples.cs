using RectifyBot.Cards.Model;
using RectifyBot.Cards.Plans;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Plans;
using RectifyBot.Core.Plans.Feedback;
using RectifyBot.Core.Plans.Notices;
using RectifyBot.Core.Roster.Demo;

namespace RectifyBot.Cards.Catalog;

/// <summary>Plan cards over the demo roster: a realistic plan of 计算机学院党委, and one of 20 items with every text at its limit.</summary>
internal static class PlanCardSamples
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Day = new(2026, 12, 20);

    public static AdaptiveCard Notice(UserLanguage language, PlanNoticeKind kind) => PlanNoticeCard.Build(language, Of(kind, Realistic(), ["实验室开放时间安排应征求学生意见", "时限太长"]));

    public static AdaptiveCard NoticeMaximum(UserLanguage language, PlanNoticeKind kind) =>
        PlanNoticeCard.Build(language, Of(kind, Maximum(), [.. Enumerable.Range(0, 200).Select(i => SampleText.Marked("意见" + i, 2000))]));

    /// <summary>What replaces the publish card once the version is published.</summary>
    public static AdaptiveCard Published(UserLanguage language) =>
        PlanPublishedCard.Build(language, "计算机学院党委的整改方案第1版已公示，范围：本单位教职工，征求意见截止2026-12-20（120人）。", Realistic(), DemoRoster.Create());

    /// <summary>20 items at their longest (shown to 150 characters each) and the longest confirmation.</summary>
    public static AdaptiveCard PublishedMaximum(UserLanguage language) =>
        PlanPublishedCard.Build(language, SampleText.Chinese(300), Maximum(), DemoRoster.Create());

    public static AdaptiveCard UnitPlans(UserLanguage language)
    {
        var roster = DemoRoster.Create();
        var child = Realistic() with { UnitCode = DemoRoster.ComputingStaffBranch1, ParentUnitCode = DemoRoster.ComputingCommittee, Status = PlanStatus.Filed };
        var coordination = new PlanCoordination
        {
            UnitCode = DemoRoster.ComputingStaffBranch1,
            Version = 1,
            Item = 1,
            ParentUnitCode = DemoRoster.ComputingCommittee,
            Problem = "跨学院实验室共享",
            Deadline = Day,
        };
        return UnitPlansCard.Build(language, new UnitPlansView(
            [new UnitPlansView.OwnPlan(DemoRoster.ComputingCommittee, Realistic() with { Status = PlanStatus.Accepted }, CanFile: true)],
            [new UnitPlansView.ChildPlan(child, CanAcknowledge: true)],
            [new UnitPlansView.Coordination(coordination, CanTake: true)],
            roster) { NoticeKey = "Plans_Filed" });
    }

    public static AdaptiveCard UnitPlansMaximum(UserLanguage language)
    {
        var roster = DemoRoster.Create();
        var children = Enumerable.Range(0, 500).Select(i => new UnitPlansView.ChildPlan(Maximum() with { UnitCode = "U" + i, Status = PlanStatus.Filed }, CanAcknowledge: true)).ToList();
        var queue = Enumerable.Range(0, 500).Select(i => new UnitPlansView.Coordination(
            new PlanCoordination { UnitCode = "U" + i, Version = 1, Item = 0, ParentUnitCode = "X", Problem = SampleText.Chinese(PlanLimits.Problem), Deadline = Day },
            CanTake: true)).ToList();
        return UnitPlansCard.Build(language, new UnitPlansView(
            [new UnitPlansView.OwnPlan(DemoRoster.ComputingCommittee, Maximum() with { Status = PlanStatus.Accepted }, CanFile: true)], children, queue, roster));
    }

    private static PlanNotice Of(PlanNoticeKind kind, PlanVersion version, IReadOnlyList<string> opinions)
    {
        var roster = DemoRoster.Create();
        return new PlanNotice(kind, roster.Person("200001")!, version, roster, "200002", kind == PlanNoticeKind.RevisionToAuthor ? opinions : null);
    }

    private static PlanVersion Realistic() => new()
    {
        UnitCode = DemoRoster.ComputingCommittee,
        Version = 2,
        AuthorNumber = "200001",
        ParentUnitCode = DemoRoster.University,
        Items =
        [
            Item("实验室开放时间不足，学生反映周末无法使用", PlanHandling.FixNow),
            Item("跨学院实验室共享机制缺失", PlanHandling.UpperCoordination),
            Item("学生宿舍网络带宽不足", PlanHandling.StepByStep),
        ],
        Publication = new PlanPublication(PlanScope.Everyone, At, Day, At.AddDays(19)),
        Status = PlanStatus.Filed,
        Decision = new PlanDecision(new FeedbackCounts(120, 40, 30, 10, 5), MajorityVerdict.NotDissatisfied, At.AddDays(20)),
    };

    private static PlanVersion Maximum() => Realistic() with
    {
        Version = 99,
        Items = [.. Enumerable.Range(0, PlanLimits.Items).Select(i => Item(SampleText.Marked("问题" + i, PlanLimits.Problem), PlanHandling.StepByStep))],
    };

    internal static PlanItem Item(string problem, PlanHandling handling) => new()
    {
        Problem = problem,
        AreaCode = "teaching",
        Handling = handling,
        Deadline = Day,
        Explanation = handling == PlanHandling.StepByStep ? "经费需下一年度安排" : null,
        Milestones = handling == PlanHandling.StepByStep ? [new Milestone(Day.AddDays(-10), "完成调研")] : [],
        ResponsibleUnitCode = DemoRoster.ComputingCommittee,
        ResponsiblePersonNumber = "200002",
        Goals = [PlanGoal.ServingThePeople],
    };
}
