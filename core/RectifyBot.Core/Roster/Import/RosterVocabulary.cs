namespace RectifyBot.Core.Roster.Import;

/// <summary>
/// The words the office writes in the roster's choice columns, Chinese first (the template's words), with common
/// variants and English aliases. Compared after <see cref="RosterText.Choice"/>.
/// </summary>
public static class RosterVocabulary
{
    private static readonly Dictionary<string, UnitKind> UnitKinds = Build(new (string, UnitKind)[]
    {
        ("校党委", UnitKind.UniversityCommittee), ("University committee", UnitKind.UniversityCommittee),
        ("二级党委", UnitKind.SecondaryCommittee), ("机关党委", UnitKind.SecondaryCommittee), ("Secondary committee", UnitKind.SecondaryCommittee),
        ("党总支", UnitKind.GeneralBranch), ("General branch", UnitKind.GeneralBranch),
        ("党支部", UnitKind.Branch), ("支部", UnitKind.Branch), ("Branch", UnitKind.Branch),
        ("机关部处", UnitKind.Department), ("部处", UnitKind.Department), ("Department", UnitKind.Department),
        ("直属单位", UnitKind.AffiliatedUnit), ("Affiliated unit", UnitKind.AffiliatedUnit),
    });

    private static readonly Dictionary<string, PartyStatus> PartyStatuses = Build(new (string, PartyStatus)[]
    {
        ("正式党员", PartyStatus.Full), ("中共党员", PartyStatus.Full), ("党员", PartyStatus.Full), ("Full member", PartyStatus.Full),
        ("预备党员", PartyStatus.Probationary), ("中共预备党员", PartyStatus.Probationary), ("Probationary member", PartyStatus.Probationary),
        ("群众", PartyStatus.None), ("共青团员", PartyStatus.None), ("团员", PartyStatus.None), ("民主党派", PartyStatus.None),
        ("Not a member", PartyStatus.None), ("None", PartyStatus.None),
    });

    private static readonly Dictionary<string, PostRank> PostRanks = Build(new (string, PostRank)[]
    {
        ("正职", PostRank.Head), ("Head", PostRank.Head),
        ("副职", PostRank.Deputy), ("Deputy", PostRank.Deputy),
    });

    private static readonly Dictionary<string, StudentLevel> StudentLevels = Build(new (string, StudentLevel)[]
    {
        ("本科", StudentLevel.Undergraduate), ("本科生", StudentLevel.Undergraduate), ("Undergraduate", StudentLevel.Undergraduate),
        ("研究生", StudentLevel.Graduate), ("硕士", StudentLevel.Graduate), ("博士", StudentLevel.Graduate),
        ("硕士研究生", StudentLevel.Graduate), ("博士研究生", StudentLevel.Graduate), ("Graduate", StudentLevel.Graduate),
    });

    private static readonly Dictionary<string, bool> YesNo = Build(new (string, bool)[]
    {
        ("是", true), ("Y", true), ("YES", true), ("TRUE", true), ("1", true),
        ("否", false), ("N", false), ("NO", false), ("FALSE", false), ("0", false),
    });

    private static readonly Dictionary<string, Position> Positions = Build(new (string, Position)[]
    {
        ("校党委主要负责人", Position.UniversityPrincipalLeader), ("校党委书记", Position.UniversityPrincipalLeader),
        ("University principal leader", Position.UniversityPrincipalLeader),
        ("校领导", Position.UniversityLeadershipMember), ("校领导班子成员", Position.UniversityLeadershipMember),
        ("School leader", Position.UniversityLeadershipMember),
        ("主要负责人", Position.PrincipalLeader), ("党委主要负责人", Position.PrincipalLeader), ("党委书记", Position.PrincipalLeader),
        ("党总支书记", Position.PrincipalLeader), ("总支书记", Position.PrincipalLeader), ("Principal leader", Position.PrincipalLeader),
        ("领导班子成员", Position.LeadershipTeamMember), ("班子成员", Position.LeadershipTeamMember),
        ("Leadership team member", Position.LeadershipTeamMember),
        ("支部书记", Position.BranchSecretary), ("党支部书记", Position.BranchSecretary), ("Branch secretary", Position.BranchSecretary),
        ("支部委员", Position.BranchCommitteeMember), ("党支部委员", Position.BranchCommitteeMember),
        ("Branch committee member", Position.BranchCommitteeMember),
        ("校先进办", Position.OfficeStaff), ("先进办工作人员", Position.OfficeStaff), ("Office staff", Position.OfficeStaff),
        ("巡回检查组", Position.InspectionGroupMember), ("巡回检查组成员", Position.InspectionGroupMember),
        ("Inspection group member", Position.InspectionGroupMember),
    });

    /// <summary>The template's word for each unit kind (the first Chinese name above).</summary>
    public static string Label(UnitKind kind) => kind switch
    {
        UnitKind.UniversityCommittee => "校党委",
        UnitKind.SecondaryCommittee => "二级党委",
        UnitKind.GeneralBranch => "党总支",
        UnitKind.Branch => "党支部",
        UnitKind.Department => "机关部处",
        _ => "直属单位",
    };

    /// <summary>The template's word for each position (the first Chinese name above).</summary>
    public static string Label(Position position) => position switch
    {
        Position.UniversityPrincipalLeader => "校党委主要负责人",
        Position.UniversityLeadershipMember => "校领导",
        Position.PrincipalLeader => "主要负责人",
        Position.LeadershipTeamMember => "领导班子成员",
        Position.BranchSecretary => "支部书记",
        Position.BranchCommitteeMember => "支部委员",
        Position.OfficeStaff => "校先进办",
        _ => "巡回检查组",
    };

    public static bool TryUnitKind(string cell, out UnitKind kind) => UnitKinds.TryGetValue(RosterText.Choice(cell), out kind);

    public static bool TryPartyStatus(string cell, out PartyStatus status) => PartyStatuses.TryGetValue(RosterText.Choice(cell), out status);

    public static bool TryPostRank(string cell, out PostRank rank) => PostRanks.TryGetValue(RosterText.Choice(cell), out rank);

    public static bool TryStudentLevel(string cell, out StudentLevel level) => StudentLevels.TryGetValue(RosterText.Choice(cell), out level);

    public static bool TryYesNo(string cell, out bool value) => YesNo.TryGetValue(RosterText.Choice(cell), out value);

    public static bool TryPosition(string name, out Position position) => Positions.TryGetValue(RosterText.Choice(name), out position);

    /// <summary>Positions held in a unit (committee or branch); the others are university-wide.</summary>
    public static bool NeedsUnit(Position position) =>
        position is Position.PrincipalLeader or Position.LeadershipTeamMember or Position.BranchSecretary or Position.BranchCommitteeMember;

    /// <summary>Whether a unit of this kind can hold the position: committee positions in committees, branch positions in branches.</summary>
    public static bool FitsUnit(Position position, UnitKind kind) => position switch
    {
        Position.PrincipalLeader or Position.LeadershipTeamMember => kind is UnitKind.SecondaryCommittee or UnitKind.GeneralBranch,
        Position.BranchSecretary or Position.BranchCommitteeMember => kind is UnitKind.Branch,
        _ => true,
    };

    private static Dictionary<string, T> Build<T>((string Word, T Value)[] words) =>
        words.ToDictionary(w => RosterText.Choice(w.Word), w => w.Value, StringComparer.Ordinal);
}
