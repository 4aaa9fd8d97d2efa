using System.Globalization;
using RectifyBot.Cards.Model;
using RectifyBot.Cards.Plans;
using RectifyBot.Cards.StatusReports;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Plans;
using RectifyBot.Core.Plans.Feedback;
using RectifyBot.Core.StatusReports;

namespace RectifyBot.Cards.Catalog;

/// <summary>Samples for 公布整改情况: a realistic form and, at the maximum, 20 explained items of the longest texts, published; the choice of unit.</summary>
internal static class StatusReportCardSamples
{
    private static readonly DateOnly Day = new(2026, 12, 14);

    public static AdaptiveCard Form(UserLanguage language) => StatusReportCard.Build(language, new StatusReportView("HP-JSJ", "计算机学院党委", new StatusSummary(12, 2, 30, 3,
    [
        new ExplainedItem("实验楼电梯老旧，停运时间长", "更换电梯需列入学校明年维修预算，今年先增加维保频次并公布维保时间。", new DateOnly(2027, 6, 30)),
    ]))
    {
        Scope = nameof(PlanScope.Members),
        LastDay = "下周五",
        Errors = new Dictionary<string, IReadOnlyList<string>> { [StatusReportCard.LastDayField] = ["看不懂这个日期，请写成 2026-12-31 或“下月底”。"] },
    });

    public static AdaptiveCard Maximum(UserLanguage language)
    {
        var explained = Enumerable.Range(0, StatusPublishing.MaxExplained)
            .Select(i => new ExplainedItem(SampleText.Marked(i.ToString(CultureInfo.InvariantCulture), PlanLimits.Problem), SampleText.Chinese(PlanLimits.Explanation), Day.AddDays(i)))
            .ToList();
        var summary = new StatusSummary(99_999, 99_999, 99_999, 99_999, explained);
        var report = new StatusReport
        {
            UnitCode = new string('9', 20),
            Number = 99,
            AuthorNumber = "200001",
            Summary = summary,
            Publication = new PlanPublication(PlanScope.Everyone, new DateTimeOffset(2026, 12, 14, 1, 0, 0, TimeSpan.Zero), Day.AddDays(PlanLimits.WindowDays), new DateTimeOffset(2027, 2, 12, 16, 0, 0, TimeSpan.Zero)),
            Status = StatusReportStatus.Published,
        };
        return StatusReportCard.Build(language, new StatusReportView(report.UnitCode, new string('院', 60), summary) { Published = report });
    }

    /// <summary>The office's choice of unit: the demo roster's units, a type-ahead list.</summary>
    public static AdaptiveCard Units(UserLanguage language) =>
        UnitChoiceCard.Build(language, [.. Core.Roster.Demo.DemoRoster.Create().Units], StatusReportCard.Prompt);

    /// <summary>500 units of 100-character names: the first 300, names cut to 40.</summary>
    public static AdaptiveCard UnitsMaximum(UserLanguage language) =>
        UnitChoiceCard.Build(language, [.. Enumerable.Range(0, 500).Select(i => new Core.Roster.OrganisationUnit("U" + new string('9', 18) + i.ToString("D3", CultureInfo.InvariantCulture), SampleText.Chinese(100), Core.Roster.UnitKind.Branch, null))], StatusReportCard.Prompt);

    /// <summary>Most were dissatisfied: the counts and what the masses wrote.</summary>
    public static AdaptiveCard Result(UserLanguage language) =>
        StatusResultCard.Build(language, "计算机学院党委", Closed(StatusReportStatus.Dissatisfied, new FeedbackCounts(120, 10, 12, 30, 8)),
            ["实验室开放时间承诺的延长至今没有落实。", "食堂投诉的处理没有向大家反馈结果。"]);

    /// <summary>The longest unit name, the largest counts and more opinions than a card shows, each at its longest.</summary>
    public static AdaptiveCard ResultMaximum(UserLanguage language) =>
        StatusResultCard.Build(language, new string('院', 60), Closed(StatusReportStatus.InsufficientResponse, new FeedbackCounts(99_999, 99_999, 99_999, 99_999, 99_999)),
            [.. Enumerable.Range(0, 30).Select(_ => SampleText.Chinese(Core.Surveys.SurveyLimits.OpinionMaxLength))]);

    private static StatusReport Closed(StatusReportStatus status, FeedbackCounts counts) => new()
    {
        UnitCode = "HP-JSJ",
        Number = 1,
        AuthorNumber = "200001",
        Summary = new StatusSummary(12, 2, 30, 3, []),
        Publication = new PlanPublication(PlanScope.Staff, new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero), Day, new DateTimeOffset(2026, 12, 14, 16, 0, 0, TimeSpan.Zero)),
        Status = status,
        Decision = new PlanDecision(counts, MajorityVerdict.MostDissatisfied, new DateTimeOffset(2026, 12, 14, 16, 5, 0, TimeSpan.Zero)),
    };
}
