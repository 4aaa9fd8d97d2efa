using RectifyBot.Cards.Model;
using RectifyBot.Cards.SummaryReports;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Roster.Demo;
using RectifyBot.Core.SummaryReports;

namespace RectifyBot.Cards.Catalog;

/// <summary>Samples of the summary report cards (issue 9).</summary>
internal static class SummaryReportCardSamples
{
    private static readonly DateTimeOffset At = new(2026, 12, 30, 3, 0, 0, TimeSpan.Zero);

    public static AdaptiveCard Unit(UserLanguage language) =>
        SummaryReportCard.Build(language, DemoRoster.ComputingCommittee, "计算机学院党委", new DateOnly(2026, 12, 31), null, null);

    public static AdaptiveCard UnitMaximum(UserLanguage language) =>
        SummaryReportCard.Build(language, new string('X', 64), SampleText.Chinese(40), new DateOnly(2026, 12, 31),
            new SummaryReportSubmission("X", SampleText.Chinese(200) + ".docx", 20 * 1024 * 1024, "200001", At), SampleText.Chinese(20));

    public static AdaptiveCard Status(UserLanguage language)
    {
        var roster = DemoRoster.Create();
        var units = roster.Units.Where(u => u.IsPartyCommitteeLevel).OrderBy(u => u.Code, StringComparer.Ordinal)
            .Select((u, i) => new SummaryReportStatus(u, i % 2 == 0 ? null : new SummaryReportSubmission(u.Code, "总结报告.docx", 40_000, "200001", At))).ToList();
        return SummaryReportStatusCard.Build(language, units, n => roster.Person(n)?.Name ?? n);
    }

    /// <summary>500 units with 40-character names: forty of each kind listed, then "and N more".</summary>
    public static AdaptiveCard StatusMaximum(UserLanguage language)
    {
        var units = Enumerable.Range(0, 500).Select(i => new SummaryReportStatus(
            new OrganisationUnit("U" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), SampleText.Chinese(40), UnitKind.SecondaryCommittee, "HP"),
            i % 2 == 0 ? null : new SummaryReportSubmission("U", "a.docx", 1, "200001", At))).ToList();
        return SummaryReportStatusCard.Build(language, units, _ => SampleText.Chinese(20));
    }
}
