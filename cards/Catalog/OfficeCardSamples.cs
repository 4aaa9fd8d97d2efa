using RectifyBot.Cards.Stages;
using RectifyBot.Core.Reviews;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Roster.Demo;
using RectifyBot.Core.Stages;

namespace RectifyBot.Cards.Catalog;

/// <summary>Samples for the office's cards (roster check, stage dates): the demo roster, and the longest inputs.</summary>
internal static class OfficeCardSamples
{
    private static readonly DateTimeOffset At = new(2026, 11, 28, 2, 0, 0, TimeSpan.Zero);

    public static RosterCheckResult RealisticRosterCheck()
    {
        var roster = DemoRoster.Create();
        var flags = new[] { new WeakBranchFlag(DemoRoster.LettersGraduateBranch, "长期不开展组织生活，支部书记空缺", "100020", At) };
        var report = RosterHealth.Check(roster, new RosterHealthOptions(), flags) with
        {
            PeopleNotReachable = [.. roster.ActivePeople.Select(p => p.Number).Take(23)],
            TeamsUsersNotInRoster = ["visitor@elsewhere.example.org"],
        };
        return new RosterCheckResult(roster, report, At);
    }

    /// <summary>Every list long, every name and reason at its longest (unit names 50, reasons 200 characters).</summary>
    public static RosterCheckResult LongestRosterCheck()
    {
        var units = Enumerable.Range(0, 40).Select(i => new OrganisationUnit($"U{i:D2}", SampleText.Chinese(50), UnitKind.Branch, null)).ToList();
        var people = Enumerable.Range(0, 40).Select(i => new Person { Number = $"P{i:D12}", Name = SampleText.Chinese(20), PartyUnitCode = $"U{i:D2}" }).ToList();
        var roster = new Core.Roster.Roster(units, people);
        var codes = units.Select(u => u.Code).ToList();
        var report = new RosterHealthReport
        {
            BranchesWithoutSecretary = codes,
            BranchesWithoutCommittee = codes,
            SeniorClassesWithoutBranch = [.. codes.Select(c => new SeniorClassWithoutBranch(SampleText.Chinese(30), ["1", "2", "3"]))],
            RoutingFallbacks = [.. codes.Select(c => new UnitRoutingFallback(c, RouteFallbackReason.EmptyBranchCommittee, ["1"]))],
            WeakBranches = [.. codes.Select(c => new WeakBranchFlag(c, SampleText.Chinese(WeakBranchFlagging.MaxReasonLength), "P000000000001", At))],
            PeopleNotReachable = [.. people.Select(p => p.Number)],
            TeamsUsersNotInRoster = [.. Enumerable.Range(0, 40).Select(i => new string('x', 100) + "@example.org")],
        };
        return new RosterCheckResult(roster, report, At);
    }

    public static StageDatesView OfficeView(bool set)
    {
        var roster = DemoRoster.Create();
        var university = set ? new StageCalendarEntry(null, new StageCalendar(new(2026, 12, 1), new(2026, 12, 20), new(2027, 1, 15), new(2027, 4, 15)), "100020", At) : null;
        return new StageDatesView(roster, university, roster.Unit(DemoRoster.OfficesCommittee), null, EditableScope: null, CanEdit: true);
    }

    /// <summary>A rejected form: text kept as typed (long junk included) and an error under every field.</summary>
    public static StageDatesForm RejectedForm() => new(
        new StageDatesInput(SampleText.Chinese(100), "2026-12-20", "2026-12-01", "2026-11-01"),
        [StageDateField.Start],
        [StageCalendarProblem.StartsBeforeUniversity, StageCalendarProblem.SubmissionAfterUniversity, StageCalendarProblem.StageEndBeforeSubmission,
            StageCalendarProblem.StageEndAfterUniversity, StageCalendarProblem.ConsolidationNotAfterStageEnd, StageCalendarProblem.ConsolidationEndAfterUniversity],
        "StageDates_NotSaved");
}
