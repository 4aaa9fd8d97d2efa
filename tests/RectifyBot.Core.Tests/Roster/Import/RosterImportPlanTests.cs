using RectifyBot.Core.Roster;
using RectifyBot.Core.Roster.Import;
using static RectifyBot.Core.Tests.Roster.Import.RosterSheets;

namespace RectifyBot.Core.Tests.Roster.Import;

public sealed class RosterImportPlanTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 30, 0, TimeSpan.FromHours(8));

    private static ParsedRoster Incoming(TabularSheet people, TabularSheet? units = null, Core.Roster.Roster? current = null)
    {
        var sheets = units is null ? new[] { people } : [units, people];
        var result = RosterImportParser.Parse(sheets, current: current);
        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        return result.Roster!;
    }

    /// <summary>Two branches: U011 (王五 bound to Teams, 李四) and U021 (赵六).</summary>
    private static Core.Roster.Roster Current()
    {
        var first = Incoming(People(Person("T001", "王五"), Person("T002", "李四"), Person("T003", "赵六", "U021")), Units(StandardUnits));
        var people = first.People.Select(p => p.Number == "T001" ? p with { AadObjectId = "aad-wang" } : p);
        return new Core.Roster.Roster(first.Units, people);
    }

    [Fact]
    public void The_plan_reports_added_changed_and_deactivated_people_and_keeps_who_imported_and_when()
    {
        var current = Current();
        var incoming = Incoming(People(Person("T001", "王五", status: "预备党员"), Person("T004", "孙七")), current: current);

        var plan = RosterImportPlan.Create(current, incoming, fullReplacement: false, "OFFICE01", At);

        Assert.Equal(["T004"], plan.Report.AddedPeople.Select(p => p.Number));
        var change = Assert.Single(plan.Report.ChangedPeople);
        Assert.Equal("T001", change.Number);
        Assert.Equal([nameof(Core.Roster.Person.PartyStatus)], change.Fields);
        Assert.Equal(["T002"], plan.Report.DeactivatedPeople.Select(p => p.Number));
        Assert.Equal(("OFFICE01", At, false), (plan.OperatorNumber, plan.ImportedAt, plan.FullReplacement));
    }

    [Fact]
    public void People_missing_from_the_file_are_deactivated_never_deleted()
    {
        var current = Current();

        var plan = RosterImportPlan.Create(current, Incoming(People(Person("T001", "王五")), current: current), false, "OFFICE01", At);

        var li = plan.Roster.Person("T002");
        Assert.NotNull(li);
        Assert.False(li.Active);
        Assert.Equal(3, plan.Roster.People.Count);
    }

    [Fact]
    public void People_of_units_not_in_the_file_are_untouched()
    {
        var current = Current();

        var plan = RosterImportPlan.Create(current, Incoming(People(Person("T001", "王五")), current: current), false, "OFFICE01", At);

        Assert.True(plan.Roster.Person("T003")!.Active);
        Assert.Same(current.Person("T003"), plan.Roster.Person("T003"));
    }

    [Fact]
    public void A_full_replacement_deactivates_everyone_not_in_the_file_and_reports_units_not_in_it()
    {
        var current = Current();

        var plan = RosterImportPlan.Create(current, Incoming(People(Person("T001", "王五")), current: current), true, "OFFICE01", At);

        Assert.Equal(["T002", "T003"], plan.Report.DeactivatedPeople.Select(p => p.Number).Order());
        Assert.Equal(current.Units.Count, plan.Report.UnitsNotInFile.Count);
        Assert.Equal(current.Units.Count, plan.Roster.Units.Count);
    }

    [Fact]
    public void People_keep_their_teams_binding_across_imports()
    {
        var current = Current();

        var plan = RosterImportPlan.Create(current, Incoming(People(Person("T001", "王五新", "U021")), current: current), false, "OFFICE01", At);

        var wang = plan.Roster.Person("T001")!;
        Assert.Equal("aad-wang", wang.AadObjectId);
        Assert.Equal([nameof(Core.Roster.Person.Name), nameof(Core.Roster.Person.PartyUnitCode)], Assert.Single(plan.Report.ChangedPeople).Fields);
    }

    [Fact]
    public void A_deactivated_person_listed_again_is_reactivated_and_reported_as_changed()
    {
        var current = Current();
        current = new Core.Roster.Roster(current.Units, current.People.Select(p => p.Number == "T002" ? p with { Active = false } : p));

        var plan = RosterImportPlan.Create(current, Incoming(People(Person("T001", "王五"), Person("T002", "李四")), current: current), false, "OFFICE01", At);

        Assert.True(plan.Roster.Person("T002")!.Active);
        Assert.Equal([nameof(Core.Roster.Person.Active)], Assert.Single(plan.Report.ChangedPeople).Fields);
        Assert.Empty(plan.Report.DeactivatedPeople);
    }

    [Fact]
    public void Units_in_the_file_are_added_or_changed_and_the_rest_stay()
    {
        var current = Current();
        var units = Units(["U011", "计算机学院第一教工党支部", "党支部", "U010", "", ""], ["U013", "计科2201班党支部", "党支部", "U010", "是", "计科2201"]);

        var plan = RosterImportPlan.Create(current, Incoming(People(), units, current), false, "OFFICE01", At);

        Assert.Equal(["U013"], plan.Report.AddedUnits.Select(u => u.Code));
        var change = Assert.Single(plan.Report.ChangedUnits);
        Assert.Equal("U011", change.Code);
        Assert.Equal([nameof(OrganisationUnit.Name)], change.Fields);
        Assert.Equal(current.Units.Count + 1, plan.Roster.Units.Count);
        Assert.Equal("机关党委", plan.Roster.Unit("U020")!.Name);
    }

    [Fact]
    public void Importing_the_same_file_twice_changes_nothing()
    {
        var current = Current();
        var same = Incoming(People(Person("T001", "王五"), Person("T002", "李四"), Person("T003", "赵六", "U021")), Units(StandardUnits), current);

        var plan = RosterImportPlan.Create(current, same, false, "OFFICE01", At);

        Assert.False(plan.Report.HasChanges);
    }

    [Fact]
    public void Planning_leaves_the_current_roster_as_it_was()
    {
        var current = Current();
        var before = current.People.OrderBy(p => p.Number, StringComparer.Ordinal).ToList();

        RosterImportPlan.Create(current, Incoming(People(Person("T009", "新人")), current: current), true, "OFFICE01", At);

        Assert.Equal(before, current.People.OrderBy(p => p.Number, StringComparer.Ordinal));
        Assert.All(current.People, p => Assert.True(p.Active));
    }
}
