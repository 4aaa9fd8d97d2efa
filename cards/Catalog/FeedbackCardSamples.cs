using System.Globalization;
using RectifyBot.Cards.Model;
using RectifyBot.Cards.Surveys;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Plans;
using RectifyBot.Core.Plans.Feedback;
using RectifyBot.Core.Roster.Demo;
using RectifyBot.Core.StatusReports;
using RectifyBot.Core.Surveys;

namespace RectifyBot.Cards.Catalog;

/// <summary>
/// Samples for the rating card of a plan's (整改方案公示) or status report's (公布整改情况) feedback window. Maximum: a
/// 100-character unit name, <see cref="PlanLimits.Items"/> step-by-step items with every text at its limit and each
/// responsible unit of a 100-character name (shown shortened), or 20 explained items of the longest texts; the reminder
/// with a 2,001-character opinion kept after an error.
/// </summary>
public static class FeedbackCardSamples
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Day = new(2027, 3, 31);

    internal static AdaptiveCard Plan(UserLanguage language) => SurveyInvitationCard.Build(language, Survey(PlanMaterial()), reminder: false, material: PlanMaterial());

    internal static AdaptiveCard PlanMaximum(UserLanguage language) => Kept(language, LongestPlanMaterial());

    internal static AdaptiveCard Status(UserLanguage language) => SurveyInvitationCard.Build(language, Survey(StatusMaterial()), reminder: false, material: StatusMaterial());

    internal static AdaptiveCard StatusMaximum(UserLanguage language) => Kept(language, LongestStatusMaterial());

    /// <summary>计算机学院党委's version 2: three items, one of each handling.</summary>
    public static FeedbackMaterial PlanMaterial() => new(
        FeedbackSubject.Plan(DemoRoster.ComputingCommittee, 2),
        "计算机学院党委",
        new PlanVersion
        {
            UnitCode = DemoRoster.ComputingCommittee,
            Version = 2,
            AuthorNumber = "200001",
            ParentUnitCode = DemoRoster.University,
            Items =
            [
                PlanCardSamples.Item("实验室开放时间不足，学生反映周末无法使用", PlanHandling.FixNow),
                PlanCardSamples.Item("跨学院实验室共享机制缺失", PlanHandling.UpperCoordination),
                PlanCardSamples.Item("学生宿舍网络带宽不足", PlanHandling.StepByStep),
            ],
            Publication = new PlanPublication(PlanScope.Everyone, At, Day, At.AddDays(14)),
            Status = PlanStatus.PublishedForSupervision,
        },
        null,
        new Dictionary<string, string>(StringComparer.Ordinal) { [DemoRoster.ComputingCommittee] = "计算机学院党委" });

    /// <summary><see cref="PlanLimits.Items"/> step-by-step items, every text at its limit, each of its own responsible unit of a 100-character name.</summary>
    public static FeedbackMaterial LongestPlanMaterial()
    {
        var items = Enumerable.Range(0, PlanLimits.Items).Select(i => new PlanItem
        {
            Problem = SampleText.Marked("问题" + i.ToString(CultureInfo.InvariantCulture), PlanLimits.Problem),
            OwnArea = SampleText.Chinese(PlanLimits.OwnArea),
            Handling = PlanHandling.StepByStep,
            Deadline = Day,
            Explanation = SampleText.Marked("说明" + i.ToString(CultureInfo.InvariantCulture), PlanLimits.Explanation),
            Milestones = [.. Enumerable.Range(0, PlanLimits.Milestones).Select(m => new Milestone(Day.AddDays(-m - 1), SampleText.Chinese(PlanLimits.MilestoneDescription)))],
            ResponsibleUnitCode = "U" + i.ToString("D3", CultureInfo.InvariantCulture),
            ResponsiblePersonNumber = "200002",
            Goals = [.. Enum.GetValues<PlanGoal>()],
        }).ToList();
        var longest = PlanMaterial();
        return longest with
        {
            Subject = FeedbackSubject.Plan("U000", 99),
            UnitName = SampleText.Chinese(100),
            Plan = longest.Plan! with { UnitCode = "U000", Version = 99, Items = items },
            UnitNames = items.ToDictionary(i => i.ResponsibleUnitCode, _ => SampleText.Chinese(100), StringComparer.Ordinal),
        };
    }

    /// <summary>计算机学院党委's first status report: the counts and one explained item.</summary>
    public static FeedbackMaterial StatusMaterial() => new(
        FeedbackSubject.StatusReport(DemoRoster.ComputingCommittee, 1),
        "计算机学院党委",
        null,
        new StatusReport
        {
            UnitCode = DemoRoster.ComputingCommittee,
            Number = 1,
            AuthorNumber = "200001",
            Summary = new StatusSummary(12, 2, 30, 3, [new ExplainedItem("实验楼电梯老旧，停运时间长", "更换电梯需列入学校明年维修预算，今年先增加维保频次并公布维保时间。", Day)]),
            Publication = new PlanPublication(PlanScope.Members, At, Day, At.AddDays(14)),
            Status = StatusReportStatus.Published,
        },
        new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>The largest counts and <see cref="StatusPublishing.MaxExplained"/> explained items of the longest texts.</summary>
    public static FeedbackMaterial LongestStatusMaterial()
    {
        var explained = Enumerable.Range(0, StatusPublishing.MaxExplained)
            .Select(i => new ExplainedItem(SampleText.Marked("问题" + i.ToString(CultureInfo.InvariantCulture), PlanLimits.Problem), SampleText.Chinese(PlanLimits.Explanation), Day))
            .ToList();
        var longest = StatusMaterial();
        return longest with
        {
            Subject = FeedbackSubject.StatusReport("U000", 99),
            UnitName = SampleText.Chinese(100),
            Status = longest.Status! with { UnitCode = "U000", Number = 99, Summary = new StatusSummary(99_999, 99_999, 99_999, 99_999, explained) },
        };
    }

    /// <summary>The feedback window's survey as its opening stores it.</summary>
    public static Survey Survey(FeedbackMaterial material)
    {
        ArgumentNullException.ThrowIfNull(material);
        var publication = material.Plan?.Publication ?? material.Status!.Publication;
        return new Survey
        {
            Id = material.Subject.SurveyId,
            UnitCode = material.Subject.UnitCode,
            UnitName = material.UnitName,
            Subject = material.Subject,
            Window = new SurveyWindow(publication.PublishedAt, publication.ClosesAt),
            Seed = 0,
            AskedCounts = new Dictionary<ParticipantCategory, int> { [ParticipantCategory.PartyMember] = 20_000, [ParticipantCategory.GrassrootsMasses] = 20_000 },
            CreatedByNumber = "200001",
            CreatedAt = publication.PublishedAt,
        };
    }

    /// <summary>The reminder shown again with a 2,001-character opinion and its problem.</summary>
    private static AdaptiveCard Kept(UserLanguage language, FeedbackMaterial material) =>
        SurveyInvitationCard.Build(language, Survey(material), reminder: true,
            SurveyReplyForm.Of(SatisfactionChoice.Dissatisfied, SampleText.Chinese(SurveyLimits.OpinionMaxLength + 1)), "Survey_Problem_OpinionTooLong", material);
}
