using Microsoft.Extensions.Time.Testing;
using RectifyBot.Core.Ledger;
using RectifyBot.Core.Ledger.Views;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Roster.Demo;
using RectifyBot.Core.Tests.Roster.Import;

namespace RectifyBot.Core.Tests.Ledger.Views;

/// <summary>
/// The ledger view on 2026-12-10 (China Standard Time) of the demo university with six entries: who sees which units,
/// how departments roll up to their Party committee, and submission coverage.
/// </summary>
public sealed class LedgerQueryTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 10, 2, 0, 0, TimeSpan.Zero);

    private static readonly LedgerSnapshot Snapshot = new(
    [
        Line("200022", DemoRoster.ComputingStaffBranch3, null, new DateOnly(2026, 12, 5)),
        Line("200023", DemoRoster.ComputingStaffBranch3, null, new DateOnly(2026, 12, 9)),
        Line("200012", DemoRoster.ComputingStaffBranch1, null, new DateOnly(2026, 12, 20)),
        Line("100030", DemoRoster.OfficesBranch1, null, new DateOnly(2026, 12, 1)) with { Status = LedgerEntryStatus.Done, CompletedOnTime = true },
        Line("100014", DemoRoster.OfficesBranch2, DemoRoster.AcademicAffairs, new DateOnly(2026, 12, 1)) with { Status = LedgerEntryStatus.Done, CompletedOnTime = false },
        Line("400002", DemoRoster.HospitalBranch, DemoRoster.Hospital, new DateOnly(2026, 12, 1)),
    ],
    new HashSet<string>(["200022", "200023", "200012", "100030"], StringComparer.Ordinal));

    [Fact]
    public async Task The_office_sees_the_whole_university_with_a_row_per_committee_and_the_oldest_overdue_first()
    {
        var view = await ViewForAsync("100020");

        Assert.NotNull(view);
        Assert.Equal(new DateOnly(2026, 12, 10), view.Today);
        Assert.Equal((6, 1, 3, 1, 1), Counts(view.Totals));
        Assert.Equal(
            [DemoRoster.University, DemoRoster.OfficesCommittee, DemoRoster.ComputingCommittee, DemoRoster.LettersCommittee, DemoRoster.HospitalGeneralBranch],
            view.Units.Select(u => u.UnitCode));
        Assert.Equal((3, 1, 2, 0, 0), Counts(view.Units.Single(u => u.UnitCode == DemoRoster.ComputingCommittee)));
        Assert.Equal([9, 5, 1], view.Overdue.Select(l => l.DaysOverdue));
        Assert.Equal(["薛梅", "张伟", "赵磊"], view.Overdue.Select(l => l.OwnerName));
        Assert.Equal(2.0 / 6, view.Totals.CompletionRate, 6);
    }

    [Fact]
    public async Task A_school_leader_sees_the_whole_university_and_a_plain_member_sees_nothing()
    {
        Assert.Equal(6, (await ViewForAsync("100002"))!.Totals.Total);
        Assert.Null(await ViewForAsync("200022"));
    }

    [Fact]
    public async Task A_branch_secretary_sees_only_her_branch_with_its_coverage()
    {
        var view = await ViewForAsync("200020");

        Assert.NotNull(view);
        var branch = Assert.Single(view.Units);
        Assert.Equal(DemoRoster.ComputingStaffBranch3, branch.UnitCode);
        Assert.Equal((2, 0, 2, 0, 0), Counts(view.Totals));
        Assert.Equal(6, branch.Members);
        Assert.Equal(2, branch.Submitted);
        Assert.Equal(2.0 / 6, branch.Coverage, 6);
        Assert.All(view.Lines, l => Assert.Equal(DemoRoster.ComputingStaffBranch3, l.Line.UnitCode));
    }

    [Fact]
    public async Task A_department_rolls_up_to_its_Party_committee_and_each_entry_counts_once_there()
    {
        var view = await ViewForAsync("100010");

        Assert.NotNull(view);
        Assert.Equal(DemoRoster.OfficesCommittee, view.Units[0].UnitCode);
        Assert.Equal((2, 0, 0, 1, 1), Counts(view.Totals));
        var department = view.Units.Single(u => u.UnitCode == DemoRoster.AcademicAffairs);
        Assert.Equal((1, 0, 0, 0, 1), Counts(department));
        Assert.Equal(2, department.Members);
        Assert.Equal(0, department.Submitted);
        Assert.Equal(1, view.Units.Single(u => u.UnitCode == DemoRoster.OfficesBranch2).Total);
        Assert.Equal(0, view.Units.Single(u => u.UnitCode == DemoRoster.OrganisationDepartment).Total);
    }

    [Fact]
    public async Task A_general_branch_leader_sees_its_affiliated_unit_rolled_up_and_the_entry_listed_under_its_branch()
    {
        // 戴军 leads 校医院党总支: 薛梅's entry is in its branch and in 校医院, the affiliated unit under it.
        var view = await ViewForAsync("400001");

        Assert.NotNull(view);
        Assert.Equal((1, 0, 1, 0, 0), Counts(view.Totals));
        Assert.Equal(1, view.Units.Single(u => u.UnitCode == DemoRoster.Hospital).Total);
        Assert.Equal(DemoRoster.HospitalBranch, view.Lines.Single().RowUnitCode);
    }

    [Fact]
    public async Task The_reader_is_asked_only_for_the_people_of_the_viewers_units()
    {
        var reader = new RecordingReader();
        await new LedgerQuery(new InMemoryRosterRepository(DemoRoster.Create()), reader, new FakeTimeProvider(Now)).ForAsync(DemoRoster.Create().Person("200020")!);
        var office = new RecordingReader();
        await new LedgerQuery(new InMemoryRosterRepository(DemoRoster.Create()), office, new FakeTimeProvider(Now)).ForAsync(DemoRoster.Create().Person("100020")!);

        Assert.Equal(["200020", "200021", "200022", "200023", "200024", "200025"], reader.Asked!.Order(StringComparer.Ordinal));
        Assert.Null(office.Asked);
    }

    private static async Task<LedgerView?> ViewForAsync(string viewerNumber)
    {
        var roster = DemoRoster.Create();
        var query = new LedgerQuery(new InMemoryRosterRepository(roster), new RecordingReader(), new FakeTimeProvider(Now));
        return await query.ForAsync(roster.Person(viewerNumber)!);
    }

    private static (int Total, int InProgress, int Overdue, int DoneOnTime, int DoneLate) Counts(LedgerUnitSummary s) =>
        (s.Total, s.InProgress, s.Overdue, s.DoneOnTime, s.DoneLate);

    private static LedgerLine Line(string owner, string unit, string? department, DateOnly deadline) => new()
    {
        EntryId = LedgerEntry.MeasureEntryId(owner, 1, 0),
        OwnerNumber = owner,
        UnitCode = unit,
        ResponsibleDepartmentCode = department,
        Deadline = deadline,
        Handling = HandlingKind.FixNow,
        Area = ProblemArea.Work,
        CreatedAt = new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero),
    };

    private sealed class RecordingReader : ILedgerReader
    {
        public IReadOnlyCollection<string>? Asked { get; private set; }

        public Task<LedgerSnapshot> ReadAsync(IReadOnlyCollection<string>? memberNumbers, CancellationToken cancellationToken = default)
        {
            Asked = memberNumbers;
            return Task.FromResult(memberNumbers is null
                ? Snapshot
                : Snapshot with { Lines = [.. Snapshot.Lines.Where(l => memberNumbers.Contains(l.OwnerNumber))] });
        }
    }
}
