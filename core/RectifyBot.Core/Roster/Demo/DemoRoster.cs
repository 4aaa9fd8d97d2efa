namespace RectifyBot.Core.Roster.Demo;

/// <summary>
/// The roster of a fictional university (湖畔大学) for the local run: three secondary committees (机关党委 with 组织部
/// and 教务处, 计算机学院党委, 文学院党委), a general branch (校医院党总支) with an affiliated unit, branches including
/// a year-3 class branch, and about sixty people so that every review-routing rule has a case. Four people carry the
/// Playground personas' UPNs (tools/playground/.m365agentsplayground.yml) so the local run binds them on first
/// contact: 张伟 (member), 李娜 (his branch secretary), 王芳 (campaign office), 刘洋 (school leader, liaison for
/// 张伟's committee); 陈静 and 赵磊 are in the same branch. Roster health finds: class 计科2202 (year 3, three full
/// members, no class branch) and 文学院研究生党支部 (no secretary).
/// </summary>
public static class DemoRoster
{
    public const string Domain = "lakeside-univ.example.edu.cn";

    public const string University = "HP";
    public const string OfficesCommittee = "HP-JG";
    public const string OrganisationDepartment = "HP-JG-ZZB";
    public const string AcademicAffairs = "HP-JG-JWC";
    public const string OfficesBranch1 = "HP-JG-B1";
    public const string OfficesBranch2 = "HP-JG-B2";
    public const string ComputingCommittee = "HP-JSJ";
    public const string ComputingStaffBranch1 = "HP-JSJ-T1";
    public const string ComputingStaffBranch3 = "HP-JSJ-T3";
    public const string ComputingStudentBranch = "HP-JSJ-S";
    public const string ComputingClassBranch = "HP-JSJ-C2201";
    public const string LettersCommittee = "HP-WX";
    public const string LettersStaffBranch = "HP-WX-T";
    public const string LettersGraduateBranch = "HP-WX-G";
    public const string HospitalGeneralBranch = "HP-YY";
    public const string HospitalBranch = "HP-YY-B1";
    public const string Hospital = "HP-YY-XYY";

    /// <summary>The class with a class branch.</summary>
    public const string ClassWithBranch = "计科2201";

    /// <summary>The senior class with three or more full members and no class branch (roster health).</summary>
    public const string ClassWithoutBranch = "计科2202";

    public static Roster Create() => new(Units(), People());

    public static IReadOnlyList<OrganisationUnit> Units() =>
    [
        new(University, "湖畔大学党委", UnitKind.UniversityCommittee, null),
        new(OfficesCommittee, "机关党委", UnitKind.SecondaryCommittee, University),
        new(OrganisationDepartment, "组织部", UnitKind.Department, OfficesCommittee),
        new(AcademicAffairs, "教务处", UnitKind.Department, OfficesCommittee),
        new(OfficesBranch1, "机关第一党支部", UnitKind.Branch, OfficesCommittee),
        new(OfficesBranch2, "机关第二党支部", UnitKind.Branch, OfficesCommittee),
        new(ComputingCommittee, "计算机学院党委", UnitKind.SecondaryCommittee, University),
        new(ComputingStaffBranch1, "计算机学院教工第一党支部", UnitKind.Branch, ComputingCommittee),
        new(ComputingStaffBranch3, "计算机学院教工第三党支部", UnitKind.Branch, ComputingCommittee),
        new(ComputingStudentBranch, "计算机学院本科生党支部", UnitKind.Branch, ComputingCommittee),
        new(ComputingClassBranch, "计科2201班党支部", UnitKind.Branch, ComputingCommittee) { IsClassBranch = true, ClassName = ClassWithBranch },
        new(LettersCommittee, "文学院党委", UnitKind.SecondaryCommittee, University),
        new(LettersStaffBranch, "文学院教工党支部", UnitKind.Branch, LettersCommittee),
        new(LettersGraduateBranch, "文学院研究生党支部", UnitKind.Branch, LettersCommittee),
        new(HospitalGeneralBranch, "校医院党总支", UnitKind.GeneralBranch, University),
        new(HospitalBranch, "校医院第一党支部", UnitKind.Branch, HospitalGeneralBranch),
        new(Hospital, "校医院", UnitKind.AffiliatedUnit, HospitalGeneralBranch),
    ];

    public static IReadOnlyList<Person> People() =>
    [
        // University leadership: the committee's principal leader and two school leaders (liaisons).
        Staff("100001", "周海", "zhouhai", OfficesBranch1) with { Positions = [new(Position.UniversityPrincipalLeader), new(Position.UniversityLeadershipMember)] },
        Staff("100002", "刘洋", "liuyang", OfficesBranch1) with { Positions = [new(Position.UniversityLeadershipMember)], LiaisonUnitCodes = [ComputingCommittee, HospitalGeneralBranch] },
        Staff("100003", "孙敏", "sunmin", OfficesBranch1) with { Positions = [new(Position.UniversityLeadershipMember)], LiaisonUnitCodes = [OfficesCommittee, LettersCommittee] },

        // 机关党委: leaders, departments (head and deputy; a deputy on the leadership team; a head who is a branch secretary).
        Staff("100010", "吴刚", "wugang", OfficesBranch1) with { Positions = [new(Position.PrincipalLeader, OfficesCommittee)] },
        Staff("100011", "郑红", "zhenghong", OfficesBranch1) with { Post = new(OrganisationDepartment, PostRank.Head) },
        Staff("100012", "马超", "machao", OfficesBranch1) with { Post = new(OrganisationDepartment, PostRank.Deputy), Positions = [new(Position.LeadershipTeamMember, OfficesCommittee)] },
        Staff("100013", "高原", "gaoyuan", OfficesBranch2) with { Post = new(AcademicAffairs, PostRank.Head), Positions = [new(Position.BranchSecretary, OfficesBranch2), new(Position.BranchCommitteeMember, OfficesBranch2)] },
        Staff("100014", "罗兰", "luolan", OfficesBranch2) with { Post = new(AcademicAffairs, PostRank.Deputy) },
        Staff("100015", "谢婷", "xieting", OfficesBranch1) with { Positions = [new(Position.BranchSecretary, OfficesBranch1), new(Position.BranchCommitteeMember, OfficesBranch1)] },
        Staff("100016", "韩冰", "hanbing", OfficesBranch1) with { Positions = [new(Position.BranchCommitteeMember, OfficesBranch1)] },
        Staff("100017", "唐亮", "tangliang", OfficesBranch2) with { Positions = [new(Position.BranchCommitteeMember, OfficesBranch2)] },

        // The campaign office (校先进办) and the inspection group (巡回检查组).
        Staff("100020", "王芳", "wangfang", OfficesBranch1) with { Positions = [new(Position.OfficeStaff)] },
        Staff("100021", "钱丽", "qianli", OfficesBranch1) with { Positions = [new(Position.OfficeStaff)] },
        Staff("100022", "冯建国", "fengjianguo", OfficesBranch2) with { Positions = [new(Position.InspectionGroupMember)] },
        Staff("100023", "蒋红梅", "jianghongmei", OfficesBranch2) with { Positions = [new(Position.InspectionGroupMember)] },

        // Ordinary members of the offices, a probationary member, a retiree, and staff who are not members.
        Staff("100030", "曹阳", "caoyang", OfficesBranch1),
        Staff("100031", "彭飞", "pengfei", OfficesBranch2),
        Staff("100032", "董雪", "dongxue", OfficesBranch2) with { PartyStatus = PartyStatus.Probationary },
        Staff("100033", "袁志强", null, OfficesBranch2) with { Retired = true },
        Staff("100034", "潘静", "panjing", null) with { PartyStatus = PartyStatus.None },
        Staff("100035", "杜鹃", "dujuan", null) with { PartyStatus = PartyStatus.None, DemocraticParty = "中国民主同盟" },

        // 计算机学院党委: leadership team.
        Staff("200001", "黄磊", "huanglei", ComputingStaffBranch1) with { Positions = [new(Position.PrincipalLeader, ComputingCommittee)] },
        Staff("200002", "何军", "hejun", ComputingStaffBranch1) with { Positions = [new(Position.LeadershipTeamMember, ComputingCommittee)] },
        Staff("200003", "许晴", "xuqing", ComputingStaffBranch1) with { Positions = [new(Position.LeadershipTeamMember, ComputingCommittee)] },

        // 教工第一党支部.
        Staff("200010", "沈涛", "shentao", ComputingStaffBranch1) with { Positions = [new(Position.BranchSecretary, ComputingStaffBranch1), new(Position.BranchCommitteeMember, ComputingStaffBranch1)] },
        Staff("200011", "邓琳", "denglin", ComputingStaffBranch1) with { Positions = [new(Position.BranchCommitteeMember, ComputingStaffBranch1)] },
        Staff("200012", "叶斌", "yebin", ComputingStaffBranch1),
        Staff("200013", "蔡明", "caiming", ComputingStaffBranch1),

        // 教工第三党支部: the Playground personas.
        Staff("200020", "李娜", "lina", ComputingStaffBranch3) with { Positions = [new(Position.BranchSecretary, ComputingStaffBranch3), new(Position.BranchCommitteeMember, ComputingStaffBranch3)] },
        Staff("200021", "陈静", "chenjing", ComputingStaffBranch3) with { Positions = [new(Position.BranchCommitteeMember, ComputingStaffBranch3)] },
        Staff("200022", "张伟", "zhangwei", ComputingStaffBranch3),
        Staff("200023", "赵磊", "zhaolei", ComputingStaffBranch3),
        Staff("200024", "张伟", "zhangwei2", ComputingStaffBranch3),
        Staff("200025", "方圆", "fangyuan", ComputingStaffBranch3) with { PartyStatus = PartyStatus.Probationary },

        // 本科生党支部 (students of several classes) and the class branch of 计科2201.
        Student("2022010101", "孔浩", ComputingStudentBranch, ClassWithBranch, 3) with { Positions = [new(Position.BranchSecretary, ComputingStudentBranch), new(Position.BranchCommitteeMember, ComputingStudentBranch)] },
        Student("2022010201", "宋佳", ComputingStudentBranch, ClassWithoutBranch, 3),
        Student("2022010202", "田野", ComputingStudentBranch, ClassWithoutBranch, 3),
        Student("2022010203", "石磊", ComputingStudentBranch, ClassWithoutBranch, 3),
        Student("2022010204", "白露", ComputingStudentBranch, ClassWithoutBranch, 3) with { PartyStatus = PartyStatus.Probationary },
        Student("2022010205", "夏雨", null, ClassWithoutBranch, 3) with { PartyStatus = PartyStatus.None },
        Student("2023010101", "常乐", ComputingStudentBranch, "计科2301", 2) with { PartyStatus = PartyStatus.Probationary },
        Student("2022010102", "范文", ComputingClassBranch, ClassWithBranch, 3) with { Positions = [new(Position.BranchSecretary, ComputingClassBranch), new(Position.BranchCommitteeMember, ComputingClassBranch)] },
        Student("2022010103", "江波", ComputingClassBranch, ClassWithBranch, 3) with { Positions = [new(Position.BranchCommitteeMember, ComputingClassBranch)] },
        Student("2022010104", "金鑫", ComputingClassBranch, ClassWithBranch, 3),
        Student("2022010105", "陆遥", ComputingClassBranch, ClassWithBranch, 3),
        Student("2022010106", "魏然", null, ClassWithBranch, 3) with { PartyStatus = PartyStatus.None },

        // 文学院党委: leadership, staff branch, graduate branch without a secretary (roster health).
        Staff("300001", "林芳", "linfang", LettersStaffBranch) with { Positions = [new(Position.PrincipalLeader, LettersCommittee)] },
        Staff("300002", "秦川", "qinchuan", LettersStaffBranch) with { Positions = [new(Position.LeadershipTeamMember, LettersCommittee)] },
        Staff("300010", "贺婷", "heting", LettersStaffBranch) with { Positions = [new(Position.BranchSecretary, LettersStaffBranch), new(Position.BranchCommitteeMember, LettersStaffBranch)] },
        Staff("300011", "严肃", "yansu", LettersStaffBranch) with { Positions = [new(Position.BranchCommitteeMember, LettersStaffBranch)] },
        Staff("300012", "温雅", "wenya", LettersStaffBranch),
        Staff("300013", "柳青", "liuqing", null) with { PartyStatus = PartyStatus.None, DemocraticParty = "九三学社" },
        Student("2024030101", "苏杭", LettersGraduateBranch, "汉语言2024硕", 2) with { StudentLevel = Core.Roster.StudentLevel.Graduate, Major = "汉语言文字学" },
        Student("2024030102", "燕妮", LettersGraduateBranch, "汉语言2024硕", 2) with { StudentLevel = Core.Roster.StudentLevel.Graduate, Major = "汉语言文字学" },
        Student("2024030103", "乔木", LettersGraduateBranch, "汉语言2024硕", 2) with { StudentLevel = Core.Roster.StudentLevel.Graduate, Major = "汉语言文字学", PartyStatus = PartyStatus.Probationary },

        // 校医院党总支 (a general branch) and 校医院 (an affiliated unit belonging to it).
        Staff("400001", "戴军", "daijun", HospitalBranch) with { Positions = [new(Position.PrincipalLeader, HospitalGeneralBranch)] },
        Staff("400002", "薛梅", "xuemei", HospitalBranch) with { Post = new(Hospital, PostRank.Head), Positions = [new(Position.LeadershipTeamMember, HospitalGeneralBranch)] },
        Staff("400003", "葛亮", "geliang", HospitalBranch) with { Post = new(Hospital, PostRank.Deputy) },
        Staff("400010", "龚平", "gongping", HospitalBranch) with { Positions = [new(Position.BranchSecretary, HospitalBranch), new(Position.BranchCommitteeMember, HospitalBranch)] },
        Staff("400011", "程丽", "chengli", HospitalBranch),
        Staff("400012", "顾晓", "guxiao", HospitalBranch) with { Retired = true },
        Staff("400013", "邵华", "shaohua", null) with { PartyStatus = PartyStatus.None, Post = null },

        // Someone who left: deactivated, never deleted.
        Staff("200099", "赖宁", "laining", ComputingStaffBranch1) with { Active = false },
    ];

    /// <summary>A staff member, a full member of the branch unless changed; no UPN for someone without an account.</summary>
    private static Person Staff(string number, string name, string? account, string? branch) => new()
    {
        Number = number,
        Name = name,
        Upn = account is null ? null : account + "@" + Domain,
        Email = account is null ? null : account + "@" + Domain,
        PartyUnitCode = branch,
        PartyStatus = branch is null ? PartyStatus.None : PartyStatus.Full,
    };

    private static Person Student(string number, string name, string? branch, string className, int year) => new()
    {
        Number = number,
        Name = name,
        Upn = "s" + number + "@" + Domain,
        Email = "s" + number + "@" + Domain,
        PartyUnitCode = branch,
        PartyStatus = branch is null ? PartyStatus.None : PartyStatus.Full,
        ClassName = className,
        Year = year,
        StudentLevel = Core.Roster.StudentLevel.Undergraduate,
        Major = "计算机科学与技术",
    };
}
