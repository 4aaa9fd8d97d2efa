using RectifyBot.Cards.BranchBuilding;
using RectifyBot.Cards.Measures;
using RectifyBot.Cards.Model;
using RectifyBot.Core.BranchBuilding;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Roster.Demo;

namespace RectifyBot.Cards.Catalog;

/// <summary>
/// Branch building: the demo university's items for the office (one weak branch, the resolve form refused); at maximum
/// 2,000 weak branches with names and reasons at their limit (30 shown). Best Party-day activities: two recorded, a
/// refused save; at maximum 500 branches (typed by code), every field at its limit with errors, 300 activities (20 shown).
/// </summary>
internal static class BranchBuildingCardSamples
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);

    public static AdaptiveCard Items(UserLanguage language)
    {
        var roster = DemoRoster.Create();
        var flags = new[] { new WeakBranchFlag(DemoRoster.OfficesBranch2, "组织生活长期不正常", "100020", At) };
        return BranchBuildingCard.Build(language, new BranchBuildingView(new BranchBuildingPage(roster, BranchBuildingItems.Of(roster, flags, []), true, new DateOnly(2026, 12, 20)))
        {
            Notice = new MeasureNotice("BranchBuilding_NotSaved", [], IsWarning: true),
            Errors = new Dictionary<string, IReadOnlyList<string>> { [BranchBuildingCard.NoteField] = ["请填写整顿情况。"] },
        });
    }

    public static AdaptiveCard ItemsMaximum(UserLanguage language)
    {
        var units = Enumerable.Range(0, 2000).Select(i => new OrganisationUnit(SampleText.Marked("B" + i, 40), SampleText.Marked("支部" + i, 200), UnitKind.Branch, "C")).ToList();
        var roster = new Core.Roster.Roster([new OrganisationUnit("HP", "湖畔大学党委", UnitKind.UniversityCommittee, null), new OrganisationUnit("C", SampleText.Chinese(200), UnitKind.SecondaryCommittee, "HP"), .. units], []);
        var items = units.Select(u => new BranchBuildingItem(BranchFindingKind.Weak, u.Code, "C", [.. Enumerable.Range(0, 30).Select(i => "N" + i)], SampleText.Chinese(BranchBuildingLimits.ResolutionNote))).ToList();
        return BranchBuildingCard.Build(language, new BranchBuildingView(new BranchBuildingPage(roster, items, true, new DateOnly(2026, 12, 20)))
        {
            Branch = units[1].Code,
            Note = SampleText.Chinese(BranchBuildingLimits.ResolutionNote * 2),
            Errors = new Dictionary<string, IReadOnlyList<string>> { [BranchBuildingCard.BranchField] = [SampleText.Chinese(60)], [BranchBuildingCard.NoteField] = [SampleText.Chinese(60)] },
        });
    }

    public static AdaptiveCard PartyDays(UserLanguage language)
    {
        var roster = DemoRoster.Create();
        var branches = roster.Units.Where(u => u.Code == DemoRoster.ComputingStaffBranch3).ToList();
        var activities = new[]
        {
            new PartyDayActivity(DemoRoster.ComputingStaffBranch3, "走进社区义务维修电脑", new DateOnly(2026, 11, 28), "支部党员到社区为居民义务维修电脑 40 余台，听取群众意见 12 条。", "200020", At),
            new PartyDayActivity(DemoRoster.ComputingStaffBranch3, "重温入党誓词", new DateOnly(2026, 11, 1), "全体党员重温入党誓词，交流整改进展。", "200020", At.AddDays(-28)),
        };
        return PartyDayCard.Build(language, new PartyDayView(new PartyDayPage(roster, branches, activities))
        {
            Notice = new MeasureNotice("PartyDay_NotSaved", [], IsWarning: true),
            Typed = new Dictionary<string, string?> { [PartyDayCard.TitleField] = "参观革命纪念馆", [PartyDayCard.DateField] = "下周六" },
            Errors = new Dictionary<string, IReadOnlyList<string>> { [PartyDayCard.DateField] = ["日期格式应为 2026-12-05。"], [PartyDayCard.DescriptionField] = ["请填写活动内容。"] },
        });
    }

    public static AdaptiveCard PartyDaysMaximum(UserLanguage language)
    {
        var branches = Enumerable.Range(0, 500).Select(i => new OrganisationUnit(SampleText.Marked("B" + i, 40), SampleText.Marked("支部" + i, 200), UnitKind.Branch, "C")).ToList();
        var roster = new Core.Roster.Roster(branches, []);
        var activities = Enumerable.Range(0, 300).Select(i => new PartyDayActivity(branches[i].Code, SampleText.Marked("活动" + i, BranchBuildingLimits.ActivityTitle), new DateOnly(2026, 11, 1).AddDays(i % 30),
            SampleText.Chinese(BranchBuildingLimits.ActivityDescription), new string('号', 40), At)).ToList();
        var typed = new Dictionary<string, string?>
        {
            [PartyDayCard.BranchField] = SampleText.Chinese(100),
            [PartyDayCard.TitleField] = SampleText.Chinese(BranchBuildingLimits.ActivityTitle * 2),
            [PartyDayCard.DateField] = SampleText.Chinese(100),
            [PartyDayCard.DescriptionField] = SampleText.Chinese(BranchBuildingLimits.ActivityDescription * 2),
        };
        var errors = typed.Keys.ToDictionary(k => k, _ => (IReadOnlyList<string>)[SampleText.Chinese(60)]);
        return PartyDayCard.Build(language, new PartyDayView(new PartyDayPage(roster, branches, activities)) { Typed = typed, Errors = errors, Notice = new MeasureNotice("PartyDay_NotSaved", [], IsWarning: true) });
    }
}
