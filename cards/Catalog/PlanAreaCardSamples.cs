using RectifyBot.Cards.Measures;
using RectifyBot.Cards.Model;
using RectifyBot.Cards.Plans;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Plans;
using RectifyBot.Core.Roster.Demo;

namespace RectifyBot.Cards.Catalog;

/// <summary>The office's area list: the seed's list with one area added and one retired; and 200 areas with names at their limit, every field with errors.</summary>
internal static class PlanAreaCardSamples
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);

    public static AdaptiveCard Areas(UserLanguage language) => PlanAreasCard.Build(language, new PlanAreasView(
        [
            .. PlanAreas.Seeded.Where(a => a.Code != "medical"),
            new PlanArea("own-lab", "实验室安全", "Laboratory safety") { ChangedByNumber = "100020", ChangedAt = At },
            PlanAreas.Seeded.Single(a => a.Code == "medical") with { Retired = true, ChangedByNumber = "100020", ChangedAt = At },
        ],
        DemoRoster.Create(),
        CanEdit: true) { Notice = new MeasureNotice("PlanAreas_Done_plan-area-add", ["实验室安全"]) });

    public static AdaptiveCard AreasMaximum(UserLanguage language) => PlanAreasCard.Build(language, new PlanAreasView(
        [.. Enumerable.Range(0, 200).Select(i => new PlanArea("own-" + i, SampleText.Marked("领域" + i, PlanLimits.OwnArea), SampleText.Marked("Area" + i, PlanLimits.OwnArea), Retired: i % 2 == 0)
        {
            ChangedByNumber = "100020",
            ChangedAt = At,
        })],
        DemoRoster.Create(),
        CanEdit: true)
    {
        Chosen = "own-1",
        Chinese = SampleText.Chinese(PlanLimits.OwnArea * 2),
        English = SampleText.Chinese(PlanLimits.OwnArea * 2),
        Notice = new MeasureNotice("PlanAreas_NotSaved", [], IsWarning: true),
        Errors = new Dictionary<string, IReadOnlyList<string>>
        {
            [PlanAreasCard.AreaField] = [SampleText.Chinese(40)],
            [PlanAreasCard.ChineseField] = [SampleText.Chinese(40), SampleText.Chinese(40)],
            [PlanAreasCard.EnglishField] = [SampleText.Chinese(40), SampleText.Chinese(40)],
        },
    });
}
