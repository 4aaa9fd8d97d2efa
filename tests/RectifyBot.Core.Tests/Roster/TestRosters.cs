using RectifyBot.Core.Roster;

namespace RectifyBot.Core.Tests.Roster;

/// <summary>
/// A small fictional university for tests: 校党委 (U) → 机关党委 (JG, with 教务处 JWC and 图书馆 TSG) and 计算机学院党委 (JSJ)
/// and 外语学院党总支 (WY) → branches. People are added per test with Person(...) and With(...).
/// </summary>
public static class TestRosters
{
    public static readonly OrganisationUnit University = new("U", "某大学党委", UnitKind.UniversityCommittee, null);
    public static readonly OrganisationUnit Offices = new("JG", "机关党委", UnitKind.SecondaryCommittee, "U");
    public static readonly OrganisationUnit Computing = new("JSJ", "计算机学院党委", UnitKind.SecondaryCommittee, "U");
    public static readonly OrganisationUnit Languages = new("WY", "外语学院党总支", UnitKind.GeneralBranch, "U");
    public static readonly OrganisationUnit AcademicAffairs = new("JWC", "教务处", UnitKind.Department, "JG");
    public static readonly OrganisationUnit Library = new("TSG", "图书馆", UnitKind.AffiliatedUnit, "JG");
    public static readonly OrganisationUnit OfficeBranch = new("JG-1", "教务处党支部", UnitKind.Branch, "JG");
    public static readonly OrganisationUnit TeachersBranch = new("JSJ-1", "计算机教工党支部", UnitKind.Branch, "JSJ");
    public static readonly OrganisationUnit StudentsBranch = new("JSJ-2", "计算机本科生党支部", UnitKind.Branch, "JSJ");
    public static readonly OrganisationUnit LanguagesBranch = new("WY-1", "外语教工党支部", UnitKind.Branch, "WY");

    public static IReadOnlyList<OrganisationUnit> Units { get; } =
        [University, Offices, Computing, Languages, AcademicAffairs, Library, OfficeBranch, TeachersBranch, StudentsBranch, LanguagesBranch];

    public static Person Person(string number, string name, string? branch, params PositionHolding[] positions) => new()
    {
        Number = number,
        Name = name,
        PartyUnitCode = branch,
        PartyStatus = PartyStatus.Full,
        Positions = positions,
    };

    public static PositionHolding Holding(Position position, string? unitCode = null) => new(position, unitCode);

    public static Core.Roster.Roster With(params Person[] people) => new(Units, people);

    public static Core.Roster.Roster With(IEnumerable<OrganisationUnit> units, params Person[] people) => new(units, people);

    /// <summary>A roster where every rule's reviewer is present, and the people tests route.</summary>
    public static class Staffed
    {
        public static readonly Person 王书记 = Person("0001", "王书记", "JG-1", Holding(Position.UniversityPrincipalLeader)) with
        {
            LiaisonUnitCodes = ["JSJ"],
        };

        public static readonly Person 李副校长 = Person("0002", "李副校长", "JG-1", Holding(Position.UniversityLeadershipMember)) with
        {
            LiaisonUnitCodes = ["JG", "WY"],
        };

        public static readonly Person 赵校长 = Person("0003", "赵校长", "JG-1", Holding(Position.UniversityLeadershipMember)) with
        {
            LiaisonUnitCodes = ["JWC"],
        };

        public static readonly Person 陈院长 = Person("1001", "陈院长", "JSJ-1", Holding(Position.PrincipalLeader, "JSJ"));
        public static readonly Person 刘副院长 = Person("1002", "刘副院长", "JSJ-1", Holding(Position.LeadershipTeamMember, "JSJ"));
        public static readonly Person 孙支书 = Person("1003", "孙支书", "JSJ-1", Holding(Position.BranchSecretary, "JSJ-1"), Holding(Position.BranchCommitteeMember, "JSJ-1"));
        public static readonly Person 周委员 = Person("1004", "周委员", "JSJ-1", Holding(Position.BranchCommitteeMember, "JSJ-1"));
        public static readonly Person 吴老师 = Person("1005", "吴老师", "JSJ-1");
        public static readonly Person 郑书记 = Person("2001", "郑书记", "JG-1", Holding(Position.PrincipalLeader, "JG"));
        public static readonly Person 钱处长 = Person("2002", "钱处长", "JG-1") with { Post = new AdministrativePost("JWC", PostRank.Head) };
        public static readonly Person 冯副处长 = Person("2003", "冯副处长", "JG-1") with { Post = new AdministrativePost("JWC", PostRank.Deputy) };
        public static readonly Person 何馆长 = Person("2004", "何馆长", "JG-1") with { Post = new AdministrativePost("TSG", PostRank.Head) };
        public static readonly Person 马支书 = Person("2005", "马支书", "JG-1", Holding(Position.BranchSecretary, "JG-1"));
        public static readonly Person 林主任 = Person("3001", "林主任", "WY-1", Holding(Position.PrincipalLeader, "WY"));
        public static readonly Person 高干事 = Person("9001", "高干事", "JG-1", Holding(Position.OfficeStaff));
        public static readonly Person 罗组长 = Person("9002", "罗组长", "JG-1", Holding(Position.InspectionGroupMember));

        public static Core.Roster.Roster Roster { get; } = With(
            王书记, 李副校长, 赵校长, 陈院长, 刘副院长, 孙支书, 周委员, 吴老师, 郑书记, 钱处长, 冯副处长, 何馆长, 马支书, 林主任, 高干事, 罗组长);
    }
}
