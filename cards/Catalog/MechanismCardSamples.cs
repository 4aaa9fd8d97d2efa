using RectifyBot.Cards.Measures;
using RectifyBot.Cards.Mechanisms;
using RectifyBot.Cards.Model;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Mechanisms;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Roster.Demo;

namespace RectifyBot.Cards.Catalog;

/// <summary>
/// Long-term mechanisms: 计算机学院党委's page with two recorded and a refused save; at maximum every text at its limit,
/// every field of every mechanism with errors and 200 history rows (10 shown). The office's overview of the demo
/// university; at maximum 2,000 units with names of 200 characters lacking all five (30 shown).
/// </summary>
internal static class MechanismCardSamples
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);

    public static AdaptiveCard Page(UserLanguage language)
    {
        var roster = DemoRoster.Create();
        var learning = new Mechanism(DemoRoster.ComputingCommittee, MechanismKind.Learning, MechanismStatus.Established, "党委理论学习中心组学习制度", "https://dangjian.example.edu.cn/zhidu/12")
        {
            ChangedByNumber = "200001",
            ChangedAt = At,
        };
        var management = new Mechanism(DemoRoster.ComputingCommittee, MechanismKind.Management, MechanismStatus.InProgress, "党员教育管理办法（草案）", null)
        {
            ChangedByNumber = "100020",
            ChangedAt = At.AddDays(1),
        };
        var page = new MechanismPage(roster.Unit(DemoRoster.ComputingCommittee)!, new UnitMechanisms(DemoRoster.ComputingCommittee, [learning, management], [management, learning]), true, new DateOnly(2026, 12, 31));
        return MechanismsCard.Build(language, new MechanismsView(page, roster)
        {
            Notice = new MeasureNotice("Mechanisms_NotSaved", [], IsWarning: true),
            Typed = new Dictionary<string, string?> { [MechanismsCard.StatusField(MechanismKind.PartyLife)] = "Established", [MechanismsCard.LinkField(MechanismKind.PartyLife)] = "dangjian/zhidu" },
            Errors = new Dictionary<string, IReadOnlyList<string>>
            {
                [MechanismsCard.DocumentField(MechanismKind.PartyLife)] = ["建立中或已建立的机制，请填写建立它的制度或文件名称。"],
                [MechanismsCard.LinkField(MechanismKind.PartyLife)] = ["链接应以 http:// 或 https:// 开头。"],
            },
        });
    }

    public static AdaptiveCard PageMaximum(UserLanguage language)
    {
        var roster = DemoRoster.Create();
        var unit = new OrganisationUnit("U-" + SampleText.Marked("code", 40), SampleText.Chinese(200), UnitKind.SecondaryCommittee, DemoRoster.University);
        Mechanism Longest(MechanismKind kind, int i) => new(unit.Code, kind, MechanismStatus.InProgress, SampleText.Marked("文件" + i, MechanismLimits.Document), "https://x.example.edu.cn/" + new string('a', MechanismLimits.Link - 25))
        {
            ChangedByNumber = "100020",
            ChangedAt = At.AddMinutes(i),
        };
        var recorded = UnitMechanisms.Kinds.Select(k => Longest(k, 0)).ToList();
        var history = Enumerable.Range(0, 200).Select(i => Longest(UnitMechanisms.Kinds[i % 5], i)).ToList();
        var page = new MechanismPage(unit, new UnitMechanisms(unit.Code, recorded, history), true, new DateOnly(2026, 12, 31));
        var typed = new Dictionary<string, string?>();
        var errors = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var kind in UnitMechanisms.Kinds)
        {
            typed[MechanismsCard.DocumentField(kind)] = SampleText.Chinese(MechanismLimits.Document * 2);
            typed[MechanismsCard.LinkField(kind)] = new string('l', MechanismLimits.Link * 2);
            foreach (var field in new[] { MechanismsCard.StatusField(kind), MechanismsCard.DocumentField(kind), MechanismsCard.LinkField(kind) })
            {
                errors[field] = [SampleText.Chinese(60)];
            }
        }

        return MechanismsCard.Build(language, new MechanismsView(page, roster) { Typed = typed, Errors = errors, Notice = new MeasureNotice("Mechanisms_NotSaved", [], IsWarning: true) });
    }

    public static AdaptiveCard Overview(UserLanguage language)
    {
        var roster = DemoRoster.Create();
        var recorded = UnitMechanisms.Kinds.Select(k => new Mechanism(DemoRoster.HospitalGeneralBranch, k, MechanismStatus.Established, "制度", null))
            .Append(new Mechanism(DemoRoster.ComputingCommittee, MechanismKind.Learning, MechanismStatus.Established, "党委理论学习中心组学习制度", null));
        return MechanismOverviewCard.Build(language, MechanismOverview.Of(new DateOnly(2026, 12, 20), roster, recorded));
    }

    public static AdaptiveCard OverviewMaximum(UserLanguage language)
    {
        var units = Enumerable.Range(0, 2000).Select(i => new OrganisationUnit(SampleText.Marked("U" + i, 40), SampleText.Marked("单位" + i, 200), UnitKind.SecondaryCommittee, "HP")).ToList();
        var roster = new Core.Roster.Roster([new OrganisationUnit("HP", "湖畔大学党委", UnitKind.UniversityCommittee, null), .. units], []);
        return MechanismOverviewCard.Build(language, MechanismOverview.Of(new DateOnly(2026, 12, 20), roster, []), [SampleText.Chinese(60)]);
    }
}
