using System.Text;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Roster.Import;
using RectifyBot.Documents.Spreadsheets;

namespace RectifyBot.Documents.Roster;

/// <summary>
/// The downloadable roster template: an .xlsx with the sheets 单位 and 人员 (Chinese headers, a frozen header row,
/// one example row each), or one CSV per sheet. Every column of the .xlsx is formatted as text ("@") so Excel keeps
/// the leading zeros of student numbers and codes instead of turning them into numbers.
/// </summary>
public static class RosterTemplate
{
    /// <summary>The example rows form a valid roster on their own, so the unchanged template imports cleanly.</summary>
    public static IReadOnlyList<string> UnitExample { get; } =
        ["U000", "校党委", RosterVocabulary.Label(UnitKind.UniversityCommittee), "", "否", ""];

    public static IReadOnlyList<string> PersonExample { get; } =
    [
        "0012345", "张三", "zhangsan@example.edu.cn", "zhangsan@example.edu.cn", "U000", "正式党员", "", "", "校领导班子成员、巡回检查组成员", "",
        "", "", "", "", "", "否",
    ];

    public static byte[] WriteXlsx() => TextWorkbook.Write(
    [
        new TextSheet(RosterColumns.UnitsSheet, [.. RosterColumns.Units.Select(c => c.Header)], [UnitExample]),
        new TextSheet(RosterColumns.PeopleSheet, [.. RosterColumns.People.Select(c => c.Header)], [PersonExample]),
    ]);

    /// <summary>One sheet as CSV, UTF-8 with a BOM: without the BOM, Chinese Excel reads UTF-8 as GBK and shows garbage.</summary>
    public static byte[] WriteCsv(RosterSheetKind sheet)
    {
        var (columns, example) = sheet == RosterSheetKind.Units
            ? (RosterColumns.Units, UnitExample)
            : (RosterColumns.People, PersonExample);
        var text = new StringBuilder();
        text.AppendJoin(',', columns.Select(c => Quote(c.Header))).Append("\r\n");
        text.AppendJoin(',', example.Select(Quote)).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
