using RectifyBot.Cards.Ledger;
using RectifyBot.Cards.Model;
using RectifyBot.Core.Ledger;
using RectifyBot.Core.Ledger.Views;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Roster.Demo;

namespace RectifyBot.Cards.Catalog;

/// <summary>Samples for the ledger summary: the office's view of the demo university, and the longest view.</summary>
internal static class LedgerCardSamples
{
    private static readonly DateTimeOffset At = new(2026, 12, 10, 2, 0, 0, TimeSpan.Zero);

    public static AdaptiveCard Summary(UserLanguage language) => LedgerSummaryCard.Build(language, Realistic());

    public static AdaptiveCard Overdue(UserLanguage language) => LedgerSummaryCard.Build(language, Realistic(), overdueAsked: true);

    /// <summary>Forty units with 50-character names, 200 overdue items of owners with 20-character names.</summary>
    public static AdaptiveCard Maximum(UserLanguage language) => LedgerSummaryCard.Build(language, Longest());

    public static AdaptiveCard OverdueMaximum(UserLanguage language) => LedgerSummaryCard.Build(language, Longest(), overdueAsked: true);

    private static LedgerView Realistic()
    {
        var roster = DemoRoster.Create();
        var office = roster.Person("100020")!;
        LedgerLine[] lines =
        [
            Line("200022", DemoRoster.ComputingStaffBranch3, 5),
            Line("200023", DemoRoster.ComputingStaffBranch3, 1),
            Line("200012", DemoRoster.ComputingStaffBranch1, -10),
            Line("300012", DemoRoster.LettersStaffBranch, 12),
            Line("100030", DemoRoster.OfficesBranch1, 3) with { Status = LedgerEntryStatus.Done, CompletedOnTime = true },
        ];
        return LedgerQuery.Build(office, roster, LedgerQuery.RootsFor(office, roster), new LedgerSnapshot(lines, new HashSet<string>(["200022", "200023", "200012", "300012", "100030"], StringComparer.Ordinal)), At);
    }

    private static LedgerView Longest()
    {
        var units = new List<OrganisationUnit> { new("U", SampleText.Chinese(50), UnitKind.UniversityCommittee, null) };
        units.AddRange(Enumerable.Range(0, 40).Select(i => new OrganisationUnit($"U{i:D2}", SampleText.Chinese(50), UnitKind.SecondaryCommittee, "U")));
        var people = Enumerable.Range(0, 200).Select(i => new Person { Number = $"P{i:D12}", Name = SampleText.Chinese(20), PartyUnitCode = $"U{i % 40:D2}", PartyStatus = PartyStatus.Full }).ToList();
        var office = new Person { Number = "OFFICE", Name = "王芳", Positions = [new PositionHolding(Position.OfficeStaff)] };
        var roster = new Core.Roster.Roster(units, [.. people, office]);
        var lines = people.Select(p => Line(p.Number, p.PartyUnitCode!, 300)).ToList();
        return LedgerQuery.Build(office, roster, LedgerQuery.RootsFor(office, roster), new LedgerSnapshot(lines, new HashSet<string>(StringComparer.Ordinal)), At);
    }

    private static LedgerLine Line(string owner, string unit, int daysOverdue) => new()
    {
        EntryId = LedgerEntry.MeasureEntryId(owner, 1, 0),
        OwnerNumber = owner,
        UnitCode = unit,
        Deadline = new DateOnly(2026, 12, 10).AddDays(-daysOverdue),
        Handling = HandlingKind.FixNow,
        Area = ProblemArea.Work,
        CreatedAt = At.AddDays(-30),
    };
}
