using RectifyBot.Cards.Measures;
using RectifyBot.Cards.Model;
using RectifyBot.Cards.Plans;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Plans;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Roster.Demo;

namespace RectifyBot.Cards.Catalog;

/// <summary>
/// Plan drafting cards over the demo roster: a realistic draft of 计算机学院党委 with two items, and a draft of 20 items
/// with every text at its limit, every field with an error and 30 namesakes to choose from.
/// </summary>
internal static class PlanDraftCardSamples
{
    private static readonly DateOnly Day = new(2026, 12, 20);

    public static AdaptiveCard Step(UserLanguage language) => PlanStepCard.Build(language, View(Realistic() with { Step = PlanField.Goals }) with
    {
        Notice = new MeasureNotice("PlanDraft_Confirm_Person", ["何军", "200002"]),
    });

    public static AdaptiveCard StepMaximum(UserLanguage language) => PlanStepCard.Build(language, Maximum(Realistic() with { Step = PlanField.ResponsiblePerson }));

    public static AdaptiveCard Form(UserLanguage language) => PlanItemFormCard.Build(language, View(Realistic()) with { ItemIndex = 1 });

    public static AdaptiveCard FormMaximum(UserLanguage language) => PlanItemFormCard.Build(language, Maximum(Largest()) with { ItemIndex = PlanLimits.Items - 1 });

    public static AdaptiveCard Preview(UserLanguage language) => PlanPreviewCard.Build(language, View(Realistic() with { Step = null }));

    public static AdaptiveCard PreviewMaximum(UserLanguage language) => PlanPreviewCard.Build(language, View(Largest()) with
    {
        ItemErrors = Enumerable.Range(0, PlanLimits.Items).ToDictionary(i => i, _ => (IReadOnlyList<string>)[.. Enumerable.Range(0, 6).Select(j => SampleText.Chinese(40))]),
    });

    public static AdaptiveCard Publish(UserLanguage language) => PlanPublishCard.Build(language, View(Realistic() with { Step = PlanField.Scope }));

    public static AdaptiveCard PublishMaximum(UserLanguage language) => PlanPublishCard.Build(language, Maximum(Largest() with { Step = PlanField.WindowEnd, Scope = PlanScope.Everyone }));

    public static AdaptiveCard Units(UserLanguage language) =>
        PlanUnitChoiceCard.Build(language, [.. new[] { DemoRoster.ComputingCommittee, DemoRoster.ComputingStaffBranch1 }.Select(c => DemoRoster.Create().Unit(c)!)]);

    public static AdaptiveCard UnitsMaximum(UserLanguage language) =>
        PlanUnitChoiceCard.Build(language, [.. Enumerable.Range(0, 500).Select(i => new OrganisationUnit("U" + i, SampleText.Chinese(100), UnitKind.Branch, null))]);

    private static PlanDraftView View(PlanDraft draft) => new(draft, DemoRoster.Create(), PlanAreas.Seeded);

    /// <summary>Every field with two long errors and its typed value at the limit; 30 namesakes.</summary>
    private static PlanDraftView Maximum(PlanDraft draft)
    {
        var roster = DemoRoster.Create();
        var fields = Enum.GetValues<PlanField>();
        return new PlanDraftView(draft, roster, PlanAreas.Seeded)
        {
            Notice = new MeasureNotice("PlanDraft_Incomplete", ["20"], IsWarning: true),
            Errors = fields.ToDictionary(f => f, _ => (IReadOnlyList<string>)[SampleText.Chinese(80), SampleText.Chinese(80)]),
            Typed = fields.ToDictionary(f => f, f => (string?)SampleText.Marked(f.ToString(), f is PlanField.Problem or PlanField.Explanation ? 1000 : 200)),
            Candidates = [.. Enumerable.Range(0, 30).Select(i => roster.Person("200022")! with { Number = "3" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture) })],
        };
    }

    private static PlanDraft Realistic() => new()
    {
        UnitCode = DemoRoster.ComputingCommittee,
        AuthorNumber = "200001",
        EditedByNumber = "200001",
        Items =
        [
            Item("实验室开放时间不足，学生反映周末无法使用", PlanHandling.FixNow),
            Item("学生宿舍网络带宽不足", PlanHandling.StepByStep),
        ],
        CurrentItem = 1,
        Step = PlanField.Problem,
        Revision = 7,
        StartedAt = new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero),
        UpdatedAt = new DateTimeOffset(2026, 12, 1, 3, 0, 0, TimeSpan.Zero),
    };

    private static PlanDraft Largest() => Realistic() with
    {
        Items = [.. Enumerable.Range(0, PlanLimits.Items).Select(i => Item(SampleText.Marked("问题" + i, PlanLimits.Problem), PlanHandling.StepByStep) with
        {
            Explanation = SampleText.Chinese(PlanLimits.Explanation),
            Milestones = [.. Enumerable.Range(0, PlanLimits.Milestones).Select(m => new Milestone(Day.AddDays(-m), SampleText.Chinese(PlanLimits.MilestoneDescription)))],
            OwnArea = SampleText.Chinese(PlanLimits.OwnArea),
            AreaCode = null,
            Goals = Enum.GetValues<PlanGoal>(),
        })],
        CurrentItem = PlanLimits.Items - 1,
        Revises = 99,
    };

    private static PlanItemDraft Item(string problem, PlanHandling handling) => PlanItemDraft.From(PlanCardSamples.Item(problem, handling));
}
