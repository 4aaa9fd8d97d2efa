using RectifyBot.Core.Roster;

namespace RectifyBot.Storage.Tests.Roster;

/// <summary>Rosters for the storage tests: every field set, Chinese text, and large ones for multi-transaction saves.</summary>
internal static class SampleRosters
{
    public static Person FullPerson(string number, string branch) => new()
    {
        Number = number,
        Name = "欧阳·娜娜𠀀",
        Upn = "ouyang@example.edu.cn",
        Email = "OuYang@Example.edu.cn",
        PartyUnitCode = branch,
        PartyStatus = PartyStatus.Probationary,
        Post = new AdministrativePost("D-教务处", PostRank.Deputy),
        Positions = [new(Position.BranchSecretary, branch), new(Position.UniversityLeadershipMember), new(Position.LeadershipTeamMember, "C-1")],
        LiaisonUnitCodes = ["C-1", "D-教务处"],
        ClassName = "计科2201",
        Year = 3,
        StudentLevel = StudentLevel.Graduate,
        Major = "马克思主义理论（含“思想政治教育”）",
        DemocraticParty = "中国民主同盟",
        Retired = true,
        Active = false,
    };

    public static IReadOnlyList<OrganisationUnit> Units() =>
    [
        new("U", "湖畔大学党委", UnitKind.UniversityCommittee, null),
        new("C-1", "机关党委", UnitKind.SecondaryCommittee, "U"),
        new("D-教务处", "教务处", UnitKind.Department, "C-1"),
        new("B-1", "机关第一党支部", UnitKind.Branch, "C-1"),
        new("B-2", "计科2201班党支部", UnitKind.Branch, "C-1") { IsClassBranch = true, ClassName = "计科2201" },
    ];

    public static Person Member(string number, string? branch, string name = "张伟") => new()
    {
        Number = number,
        Name = name,
        Upn = number + "@example.edu.cn",
        PartyUnitCode = branch,
        PartyStatus = branch is null ? PartyStatus.None : PartyStatus.Full,
    };

    /// <summary>A roster of <paramref name="units"/> branches under one committee, <paramref name="perUnit"/> members each.</summary>
    public static Core.Roster.Roster Large(int units, int perUnit, string namePrefix = "党员")
    {
        var all = new List<OrganisationUnit> { new("U", "大学党委", UnitKind.UniversityCommittee, null), new("C", "二级党委", UnitKind.SecondaryCommittee, "U") };
        var people = new List<Person>();
        for (var u = 0; u < units; u++)
        {
            var code = "B" + u.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
            all.Add(new(code, "第" + u + "党支部", UnitKind.Branch, "C"));
            for (var p = 0; p < perUnit; p++)
            {
                var number = code + "-" + p.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
                people.Add(Member(number, code, namePrefix + number));
            }
        }

        return new Core.Roster.Roster(all, people);
    }
}
