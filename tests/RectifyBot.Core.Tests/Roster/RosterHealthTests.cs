using RectifyBot.Core.Reviews;
using RectifyBot.Core.Roster;
using static RectifyBot.Core.Tests.Roster.TestRosters;

namespace RectifyBot.Core.Tests.Roster;

public class RosterHealthTests
{
    private static readonly RosterHealthOptions Defaults = new();

    private static Person Student(string number, string className, int year, PartyStatus status = PartyStatus.Full, StudentLevel level = StudentLevel.Undergraduate) =>
        Person(number, "学生" + number, "JSJ-2") with { ClassName = className, Year = year, PartyStatus = status, StudentLevel = level };

    [Fact]
    public void Branches_without_an_active_secretary_or_committee_are_listed()
    {
        var report = RosterHealth.Check(Staffed.Roster, Defaults);
        Assert.Equal(["JSJ-2", "WY-1"], report.BranchesWithoutSecretary);
        Assert.Equal(["JSJ-2", "WY-1"], report.BranchesWithoutCommittee);
    }

    [Fact]
    public void A_branch_with_only_committee_members_lacks_a_secretary_but_not_a_committee()
    {
        var roster = With(Person("1", "周委员", "WY-1", Holding(Position.BranchCommitteeMember, "WY-1")));
        var report = RosterHealth.Check(roster, Defaults);
        Assert.Contains("WY-1", report.BranchesWithoutSecretary);
        Assert.DoesNotContain("WY-1", report.BranchesWithoutCommittee);
    }

    [Fact]
    public void An_inactive_secretary_leaves_the_branch_without_one()
    {
        var roster = With(Person("1", "孙支书", "WY-1", Holding(Position.BranchSecretary, "WY-1")) with { Active = false });
        Assert.Contains("WY-1", RosterHealth.Check(roster, Defaults).BranchesWithoutSecretary);
    }

    [Fact]
    public void A_senior_undergraduate_class_with_three_full_members_and_no_class_branch_is_listed()
    {
        var roster = With(Student("s1", "计科2101", 3), Student("s2", "计科2101", 4), Student("s3", "计科2101", 3));
        var finding = Assert.Single(RosterHealth.Check(roster, Defaults).SeniorClassesWithoutBranch);
        Assert.Equal("计科2101", finding.ClassName);
        Assert.Equal(["s1", "s2", "s3"], finding.FullMemberNumbers);
    }

    public static TheoryData<string, Person> NotCounted => new()
    {
        { "a junior", Student("s3", "计科2101", 2) },
        { "a probationary member", Student("s3", "计科2101", 3, PartyStatus.Probationary) },
        { "a graduate student", Student("s3", "计科2101", 3, level: StudentLevel.Graduate) },
        { "an inactive member", Student("s3", "计科2101", 3) with { Active = false } },
        { "another class", Student("s3", "计科2102", 3) },
    };

    [Theory]
    [MemberData(nameof(NotCounted))]
    public void Only_active_full_senior_undergraduates_of_the_same_class_count(string who, Person third)
    {
        var roster = With(Student("s1", "计科2101", 3), Student("s2", "计科2101", 3), third);
        Assert.True(RosterHealth.Check(roster, Defaults).SeniorClassesWithoutBranch.Count == 0, who);
    }

    [Fact]
    public void A_class_with_its_own_class_branch_is_not_listed()
    {
        var units = Units.Append(new OrganisationUnit("JSJ-3", "计科2101班党支部", UnitKind.Branch, "JSJ") { IsClassBranch = true, ClassName = "计科2101" });
        var roster = With(units, Student("s1", "计科2101", 3), Student("s2", "计科2101", 3), Student("s3", "计科2101", 3));
        Assert.Empty(RosterHealth.Check(roster, Defaults).SeniorClassesWithoutBranch);
    }

    [Fact]
    public void The_senior_year_is_configurable()
    {
        var roster = With(Student("s1", "计科2201", 2), Student("s2", "计科2201", 2), Student("s3", "计科2201", 2));
        Assert.Single(RosterHealth.Check(roster, Defaults with { SeniorYear = 2 }).SeniorClassesWithoutBranch);
    }

    private static readonly Core.Roster.Roster Vacancies = With(
        Person("3002", "韩老师", "WY-1"),
        Person("3003", "曹老师", "WY-1"),
        Person("2003", "冯副处长", "JG-1") with { Post = new AdministrativePost("JWC", PostRank.Deputy) });

    [Fact]
    public void Units_whose_routing_falls_back_to_the_office_are_listed_with_reason_and_authors()
    {
        var report = RosterHealth.Check(Vacancies, Defaults);
        Assert.Equal(
            ["JWC NoHead 2003", "WY-1 EmptyBranchCommittee 3002,3003"],
            report.RoutingFallbacks.Select(f => $"{f.UnitCode} {f.Reason} {string.Join(',', f.AuthorNumbers)}"));
    }

    [Fact]
    public void An_override_removes_the_authors_fallback_from_the_report()
    {
        var overrides = new[] { new RouteOverride("3002", "2003", "支委空缺", "9001", DateTimeOffset.UnixEpoch) };
        var finding = Assert.Single(RosterHealth.Check(Vacancies, Defaults, overrides: overrides).RoutingFallbacks, f => f.UnitCode == "WY-1");
        Assert.Equal(["3003"], finding.AuthorNumbers);
    }

    [Fact]
    public void Weak_branches_are_reported_with_the_reason_the_office_recorded()
    {
        var flag = new WeakBranchFlag("WY-1", "长期不开展组织生活", "9001", DateTimeOffset.UnixEpoch);
        var report = RosterHealth.Check(Staffed.Roster, Defaults, [flag]);
        Assert.Equal([flag], report.WeakBranches);
        Assert.False(report.IsHealthy);
    }

    [Fact]
    public void The_caller_adds_people_the_bot_cannot_reach_and_Teams_users_not_in_the_roster()
    {
        var report = RosterHealth.Check(With(), Defaults) with { PeopleNotReachable = ["1005"], TeamsUsersNotInRoster = ["stranger@example.edu.cn"] };
        Assert.Equal(["1005"], report.PeopleNotReachable);
        Assert.Equal(["stranger@example.edu.cn"], report.TeamsUsersNotInRoster);
    }
}
