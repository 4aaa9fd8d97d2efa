using Microsoft.Extensions.Time.Testing;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Roster.Demo;
using RectifyBot.Core.Roster.Import;
using static RectifyBot.Core.Tests.Roster.Import.RosterSheets;

namespace RectifyBot.Core.Tests.Roster.Import;

public sealed class RosterImporterTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 1, 30, 0, TimeSpan.Zero);
    private readonly InMemoryRosterRepository _repository = new(DemoRoster.Create());
    private readonly RosterImporter _importer;

    public RosterImporterTests() => _importer = new RosterImporter(_repository, new FakeTimeProvider(Now));

    private Person Office => _repository.Current.Person("100020")!;

    /// <summary>The demo branch HP-JSJ-T3 as in force, plus 林晓, as a people sheet.</summary>
    private TabularSheet BranchWithNewcomer()
    {
        var branch = _repository.Current.People.Where(p => p.Active && p.PartyUnitCode == DemoRoster.ComputingStaffBranch3)
            .Select(p => Person(p.Number, p.Name, DemoRoster.ComputingStaffBranch3, p.PartyStatus == PartyStatus.Probationary ? "预备党员" : "正式党员",
                ("职务", string.Join('、', p.Positions.Select(h => RosterVocabulary.Label(h.Position) + (h.UnitCode is null ? "" : "@" + h.UnitCode)))),
                ("账号", p.Upn ?? "")));
        return People([.. branch, Person("200030", "林晓", DemoRoster.ComputingStaffBranch3)]);
    }

    [Fact]
    public async Task A_valid_file_imported_by_office_staff_saves_one_new_version_recorded_with_their_number_and_the_time()
    {
        var outcome = await _importer.ImportAsync([BranchWithNewcomer()], fullReplacement: false, Office);

        var imported = Assert.IsType<RosterImportOutcome.Imported>(outcome);
        Assert.Equal(["200030"], imported.Report.AddedPeople.Select(p => p.Number));
        Assert.Empty(imported.Report.DeactivatedPeople);
        Assert.Equal(2, _repository.History.Count);
        Assert.Equal(("100020", Now), (imported.Version.OperatorNumber, imported.Version.CreatedAt));
        Assert.Equal(imported.Version, _repository.History[^1]);
        Assert.True(_repository.Current.Person("200030")!.Active);
    }

    [Fact]
    public async Task Someone_who_is_not_office_staff_is_not_allowed_and_nothing_changes()
    {
        var memberOfTheBranch = _repository.Current.Person("200022")!;

        var outcome = await _importer.ImportAsync([BranchWithNewcomer()], fullReplacement: true, memberOfTheBranch);

        Assert.IsType<RosterImportOutcome.NotAllowed>(outcome);
        Assert.Single(_repository.History);
    }

    [Fact]
    public async Task Deactivated_office_staff_are_not_allowed_either()
    {
        var outcome = await _importer.ImportAsync([BranchWithNewcomer()], fullReplacement: false, Office with { Active = false });

        Assert.IsType<RosterImportOutcome.NotAllowed>(outcome);
        Assert.Single(_repository.History);
    }

    [Fact]
    public async Task An_invalid_file_returns_every_problem_and_changes_nothing()
    {
        var sheet = People(
            Person("200030", "林晓", "HP-NOPE"),
            Person("", "无号码", DemoRoster.ComputingStaffBranch3));

        var outcome = await _importer.ImportAsync([sheet], fullReplacement: false, Office);

        var invalid = Assert.IsType<RosterImportOutcome.Invalid>(outcome);
        Assert.Equal([RosterImportErrorCode.MissingIdentity, RosterImportErrorCode.UnknownUnit], invalid.Errors.Select(e => e.Code).Order());
        Assert.Single(_repository.History);
    }

    [Fact]
    public async Task A_file_that_parses_but_would_leave_the_roster_broken_is_refused_with_the_person_named_and_nothing_changes()
    {
        // 林晓 is made a liaison without being a school leader: the file is fine row by row, the roster it makes is not.
        var sheet = People(Person("200030", "林晓", DemoRoster.ComputingStaffBranch3, set: ("联系单位", DemoRoster.LettersCommittee)));

        var outcome = await _importer.ImportAsync([sheet], fullReplacement: false, Office);

        var invalid = Assert.IsType<RosterImportOutcome.Invalid>(outcome);
        Assert.Contains(invalid.Errors, e => e is { Code: RosterImportErrorCode.RosterLiaisonNotSchoolLeader, Value: "200030" });
        Assert.Single(_repository.History);
    }

    [Fact]
    public async Task Losing_a_race_with_another_import_is_a_conflict_and_nothing_is_switched()
    {
        _repository.LoseNextRace = true;

        var outcome = await _importer.ImportAsync([BranchWithNewcomer()], fullReplacement: false, Office);

        Assert.IsType<RosterImportOutcome.Conflict>(outcome);
        Assert.Single(_repository.History);
        Assert.Null(_repository.Current.Person("200030"));
    }

    [Fact]
    public void Every_structural_problem_of_a_roster_maps_to_its_own_import_error()
    {
        var codes = Enum.GetValues<RosterProblemKind>()
            .Select(kind => RosterProblemErrors.ToError(new RosterProblem(kind, "U1", "P1", "BranchSecretary")).Code)
            .ToList();

        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, code => Assert.StartsWith("Roster", code.ToString(), StringComparison.Ordinal));
    }
}
