using RectifyBot.Core.Roster;
using static RectifyBot.Core.Tests.Roster.TestRosters;

namespace RectifyBot.Core.Tests.Roster;

public class RosterValidationTests
{
    private static IReadOnlyList<RosterProblem> Validate(IEnumerable<OrganisationUnit> units, params Person[] people) =>
        RosterValidation.Validate(new Core.Roster.Roster(units, people));

    [Fact]
    public void The_test_university_is_valid()
    {
        Assert.Empty(RosterValidation.Validate(Staffed.Roster));
    }

    [Fact]
    public void A_cycle_in_the_unit_tree_is_reported_once_with_the_units_on_it()
    {
        var units = Units.Concat([
            new OrganisationUnit("甲", "甲党委", UnitKind.SecondaryCommittee, "乙"),
            new OrganisationUnit("乙", "乙党总支", UnitKind.GeneralBranch, "丙"),
            new OrganisationUnit("丙", "丙党总支", UnitKind.GeneralBranch, "甲"),
            new OrganisationUnit("丁", "丁支部", UnitKind.Branch, "甲"),
        ]);
        var cycle = Assert.Single(Validate(units), p => p.Kind == RosterProblemKind.UnitCycle);
        Assert.Equal(["丙", "乙", "甲"], cycle.Detail!.Split('>').Order(StringComparer.Ordinal));
    }

    public static TheoryData<string, OrganisationUnit[], RosterProblem> UnitProblems => new()
    {
        { "unknown parent", [new("X", "某支部", UnitKind.Branch, "无")], new(RosterProblemKind.UnknownParentUnit, "X", null, "无") },
        { "no parent", [new("X", "某支部", UnitKind.Branch, null)], new(RosterProblemKind.MissingParentUnit, "X", null, null) },
        { "department under a branch", [new("X", "某处", UnitKind.Department, "JSJ-1")], new(RosterProblemKind.ParentOfWrongKind, "X", null, "Branch") },
        { "affiliated unit under a department", [new("X", "某馆", UnitKind.AffiliatedUnit, "JWC")], new(RosterProblemKind.ParentOfWrongKind, "X", null, "Department") },
        { "committee under a committee", [new("X", "某党委", UnitKind.SecondaryCommittee, "JSJ")], new(RosterProblemKind.ParentOfWrongKind, "X", null, "SecondaryCommittee") },
        { "a second university committee", [new("V", "另一校党委", UnitKind.UniversityCommittee, null)], new(RosterProblemKind.SeveralUniversityCommittees, "V", null, null) },
    };

    [Theory]
    [MemberData(nameof(UnitProblems))]
    public void Unit_tree_problems_are_reported_with_the_unit(string problem, OrganisationUnit[] extraUnits, RosterProblem expected)
    {
        Assert.True(Validate(Units.Concat(extraUnits)).SequenceEqual([expected]), problem);
    }

    [Fact]
    public void A_roster_without_a_university_committee_is_reported()
    {
        Assert.Contains(new RosterProblem(RosterProblemKind.NoUniversityCommittee, null, null, null), Validate(Units.Skip(1)));
    }

    [Fact]
    public void A_university_committee_with_a_parent_is_reported()
    {
        var units = Units.Skip(1).Prepend(University with { ParentCode = "JSJ" });
        Assert.Contains(new RosterProblem(RosterProblemKind.UniversityCommitteeHasParent, "U", null, "JSJ"), Validate(units));
    }

    public static TheoryData<string, Person, RosterProblem> PersonProblems => new()
    {
        { "unknown Party unit", Person("1", "张三", "无"), new(RosterProblemKind.UnknownPartyUnit, "无", "1", "无") },
        { "member without Party unit", Person("1", "张三", null), new(RosterProblemKind.MemberWithoutPartyUnit, null, "1", null) },
        { "post without unit", Person("1", "张三", "JG-1") with { Post = new AdministrativePost(" ", PostRank.Head) }, new(RosterProblemKind.PostWithoutUnit, null, "1", "Head") },
        { "unknown post unit", Person("1", "张三", "JG-1") with { Post = new AdministrativePost("无", PostRank.Deputy) }, new(RosterProblemKind.UnknownPostUnit, "无", "1", "无") },
        { "post in a branch", Person("1", "张三", "JG-1") with { Post = new AdministrativePost("JG-1", PostRank.Head) }, new(RosterProblemKind.PostUnitOfWrongKind, "JG-1", "1", "Branch") },
        { "holding without unit", Person("1", "张三", "JG-1", Holding(Position.BranchSecretary)), new(RosterProblemKind.HoldingWithoutUnit, null, "1", "BranchSecretary") },
        { "unknown holding unit", Person("1", "张三", "JG-1", Holding(Position.PrincipalLeader, "无")), new(RosterProblemKind.UnknownHoldingUnit, "无", "1", "PrincipalLeader") },
        { "branch secretary of a committee", Person("1", "张三", "JG-1", Holding(Position.BranchSecretary, "JG")), new(RosterProblemKind.HoldingUnitOfWrongKind, "JG", "1", "BranchSecretary") },
        { "principal leader of a branch", Person("1", "张三", "JG-1", Holding(Position.PrincipalLeader, "JG-1")), new(RosterProblemKind.HoldingUnitOfWrongKind, "JG-1", "1", "PrincipalLeader") },
        { "unknown liaison unit", Person("1", "张三", "JG-1", Holding(Position.UniversityLeadershipMember)) with { LiaisonUnitCodes = ["无"] }, new(RosterProblemKind.UnknownLiaisonUnit, "无", "1", "无") },
        { "liaison who is not a school leader", Person("1", "张三", "JG-1") with { LiaisonUnitCodes = ["JSJ"] }, new(RosterProblemKind.LiaisonNotSchoolLeader, null, "1", null) },
    };

    [Theory]
    [MemberData(nameof(PersonProblems))]
    public void Person_problems_are_reported_with_the_person_and_unit(string problem, Person person, RosterProblem expected)
    {
        Assert.True(Validate(Units, person).SequenceEqual([expected]), problem);
    }

    [Fact]
    public void A_deactivated_person_may_keep_a_unit_that_no_longer_exists()
    {
        Assert.Empty(Validate(Units, Person("1", "张三", "已撤销支部") with { Active = false }));
    }
}
