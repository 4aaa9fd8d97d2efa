using RectifyBot.Core.Roster;
using RectifyBot.Core.Roster.Demo;

namespace RectifyBot.Core.Tests.Roster;

public sealed class DemoRosterTests
{
    private static readonly Core.Roster.Roster Demo = DemoRoster.Create();

    [Fact]
    public void The_demo_university_has_about_sixty_people_in_three_secondary_committees_and_a_general_branch()
    {
        Assert.InRange(Demo.People.Count, 55, 70);
        Assert.Equal(3, Demo.Units.Count(u => u.Kind == UnitKind.SecondaryCommittee));
        Assert.Single(Demo.Units, u => u.Kind == UnitKind.GeneralBranch);
        Assert.Equal([DemoRoster.AcademicAffairs, DemoRoster.OrganisationDepartment],
            Demo.ChildrenOf(DemoRoster.OfficesCommittee).Where(u => u.Kind == UnitKind.Department).Select(u => u.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_unit_reference_in_the_demo_roster_names_a_unit_of_it()
    {
        var codes = Demo.Units.Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
        var references = Demo.Units.Select(u => u.ParentCode)
            .Concat(Demo.People.Select(p => p.PartyUnitCode))
            .Concat(Demo.People.Select(p => p.Post?.UnitCode))
            .Concat(Demo.People.SelectMany(p => p.Positions.Select(h => h.UnitCode)))
            .Concat(Demo.People.SelectMany(p => p.LiaisonUnitCodes))
            .OfType<string>();

        Assert.All(references, code => Assert.Contains(code, codes));
    }

    [Theory]
    [InlineData("zhangwei@lakeside-univ.example.edu.cn", "张伟")]
    [InlineData("lina@lakeside-univ.example.edu.cn", "李娜")]
    [InlineData("wangfang@lakeside-univ.example.edu.cn", "王芳")]
    [InlineData("liuyang@lakeside-univ.example.edu.cn", "刘洋")]
    [InlineData("chenjing@lakeside-univ.example.edu.cn", "陈静")]
    [InlineData("zhaolei@lakeside-univ.example.edu.cn", "赵磊")]
    public void The_playground_personas_are_in_the_demo_roster_by_their_upn(string upn, string name)
    {
        Assert.Equal(name, Demo.FindByUpnOrEmail(upn)?.Name);
    }

    [Fact]
    public void The_member_persona_is_reviewed_in_a_branch_whose_secretary_is_the_secretary_persona_and_whose_committee_the_leader_persona_liaises_for()
    {
        var member = Demo.FindByUpnOrEmail("zhangwei@lakeside-univ.example.edu.cn")!;
        var secretary = Demo.Holders(Position.BranchSecretary, member.PartyUnitCode).Single();
        var committee = Demo.CommitteeOf(member.PartyUnitCode)!;

        Assert.Equal("李娜", secretary.Name);
        Assert.Contains(Demo.LiaisonsFor(committee.Code), p => p.Name == "刘洋");
        Assert.True(Demo.FindByUpnOrEmail("wangfang@lakeside-univ.example.edu.cn")!.Holds(Position.OfficeStaff));
    }

    [Theory]
    [InlineData(Position.UniversityPrincipalLeader)]
    [InlineData(Position.UniversityLeadershipMember)]
    [InlineData(Position.PrincipalLeader)]
    [InlineData(Position.LeadershipTeamMember)]
    [InlineData(Position.BranchSecretary)]
    [InlineData(Position.BranchCommitteeMember)]
    [InlineData(Position.OfficeStaff)]
    [InlineData(Position.InspectionGroupMember)]
    public void Every_position_has_a_holder_in_the_demo_roster(Position position)
    {
        Assert.NotEmpty(Demo.Holders(position));
    }

    [Fact]
    public void The_demo_roster_has_the_precedence_and_edge_cases_of_routing()
    {
        var people = Demo.ActivePeople.ToList();
        Assert.Contains(people, p => p.Post is { Rank: PostRank.Head } && p.Holds(Position.BranchSecretary));
        Assert.Contains(people, p => p.Post is { Rank: PostRank.Deputy } && p.Holds(Position.LeadershipTeamMember));
        Assert.Contains(people, p => p.Post is { Rank: PostRank.Head } && !p.Holds(Position.BranchSecretary));
        Assert.Contains(people, p => p.Post is { Rank: PostRank.Deputy } && p.Positions.Count == 0);
        Assert.Contains(people, p => p is { IsMember: true, Positions.Count: 0, Post: null, Retired: false });
        Assert.Contains(people, p => !p.IsMember);
        Assert.Contains(people, p => p.Retired);
        Assert.Contains(people, p => p.DemocraticParty is not null);
        Assert.Contains(people, p => p.PartyStatus == PartyStatus.Probationary);
        Assert.Contains(Demo.People, p => !p.Active);
    }

    [Fact]
    public void The_demo_roster_shows_a_senior_class_with_three_full_members_and_no_class_branch()
    {
        var fullMembers = Demo.ActivePeople.Count(p => p.ClassName == DemoRoster.ClassWithoutBranch && p.PartyStatus == PartyStatus.Full && p.Year >= 3);

        Assert.True(fullMembers >= 3);
        Assert.DoesNotContain(Demo.Units, u => u.IsClassBranch && u.ClassName == DemoRoster.ClassWithoutBranch);
        Assert.Contains(Demo.Units, u => u.IsClassBranch && u.ClassName == DemoRoster.ClassWithBranch);
    }
}
