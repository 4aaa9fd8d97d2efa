namespace RectifyBot.Core.Roster.Import;

/// <summary>
/// The two sheets of the roster template and their columns. Headers are Chinese (what the office uses);
/// English aliases are accepted so an English-speaking administrator can prepare a file too.
/// </summary>
public static class RosterColumns
{
    public const string UnitsSheet = "单位";
    public const string PeopleSheet = "人员";

    public static RosterColumn UnitCode { get; } = new("单位编码", true, ["Unit code", "Code"]);
    public static RosterColumn UnitName { get; } = new("单位名称", true, ["Unit name"]);
    public static RosterColumn UnitKind { get; } = new("单位类型", true, ["Unit kind", "Kind", "Type"]);
    public static RosterColumn ParentCode { get; } = new("上级单位编码", true, ["Parent code", "Parent unit code", "Parent"]);
    public static RosterColumn ClassBranch { get; } = new("班级党支部", false, ["Class branch"]);
    public static RosterColumn UnitClass { get; } = new("班级", false, ["Class"]);

    public static IReadOnlyList<RosterColumn> Units { get; } = [UnitCode, UnitName, UnitKind, ParentCode, ClassBranch, UnitClass];

    public static RosterColumn Number { get; } = new("工号/学号", true, ["工号", "学号", "Number", "Staff or student number", "Staff number", "Student number"]);
    public static RosterColumn Name { get; } = new("姓名", true, ["Name"]);
    public static RosterColumn Upn { get; } = new("账号", false, ["UPN", "Account"]);
    public static RosterColumn Email { get; } = new("邮箱", false, ["电子邮箱", "Email", "E-mail"]);
    public static RosterColumn PartyUnit { get; } = new("党组织编码", false, ["Party unit code", "Party unit"]);
    public static RosterColumn PartyStatus { get; } = new("政治面貌", false, ["Party status"]);
    public static RosterColumn PostUnit { get; } = new("行政职务单位编码", false, ["Post unit code", "Post unit"]);
    public static RosterColumn PostRank { get; } = new("职务级别", false, ["Post rank", "Rank"]);
    public static RosterColumn Positions { get; } = new("职务", false, ["Positions"]);
    public static RosterColumn LiaisonUnits { get; } = new("联系单位", false, ["Liaison units", "Liaison unit codes"]);
    public static RosterColumn PersonClass { get; } = new("班级", false, ["Class"]);
    public static RosterColumn Year { get; } = new("年级", false, ["Year"]);
    public static RosterColumn StudentLevel { get; } = new("学生类别", false, ["Student level", "Level"]);
    public static RosterColumn Major { get; } = new("专业", false, ["Major"]);
    public static RosterColumn DemocraticParty { get; } = new("民主党派", false, ["Democratic party"]);
    public static RosterColumn Retired { get; } = new("离退休", false, ["Retired"]);

    public static IReadOnlyList<RosterColumn> People { get; } =
    [
        Number, Name, Upn, Email, PartyUnit, PartyStatus, PostUnit, PostRank, Positions, LiaisonUnits,
        PersonClass, Year, StudentLevel, Major, DemocraticParty, Retired,
    ];
}
