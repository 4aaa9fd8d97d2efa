using RectifyBot.Core.Roster.Import;

namespace RectifyBot.Core.Tests.Roster.Import;

/// <summary>Builds sheets as the file readers would: the header row is row 1, data from row 2.</summary>
internal static class RosterSheets
{
    public static readonly string[] UnitHeaders = ["单位编码", "单位名称", "单位类型", "上级单位编码", "班级党支部", "班级"];

    public static readonly string[] PersonHeaders = ["工号/学号", "姓名", "账号", "党组织编码", "政治面貌", "行政职务单位编码", "职务级别", "职务", "联系单位", "班级", "年级", "学生类别"];

    /// <summary>A small university: committee, a secondary committee with a branch, 机关党委 with one department.</summary>
    public static readonly string[][] StandardUnits =
    [
        ["U000", "校党委", "校党委", "", "", ""],
        ["U010", "计算机学院党委", "二级党委", "U000", "", ""],
        ["U011", "计算机学院教工党支部", "党支部", "U010", "否", ""],
        ["U012", "计科2101班党支部", "党支部", "U010", "是", "计科2101"],
        ["U020", "机关党委", "二级党委", "U000", "", ""],
        ["U021", "机关第一党支部", "党支部", "U020", "", ""],
        ["D001", "组织部", "机关部处", "U020", "", ""],
    ];

    public static TabularSheet Sheet(string name, string[] headers, params string[][] rows) =>
        new(name, [new TabularRow(1, headers), .. rows.Select((r, i) => new TabularRow(i + 2, r))]);

    public static TabularSheet Units(params string[][] rows) => Sheet("单位", UnitHeaders, rows);

    public static TabularSheet People(params string[][] rows) => Sheet("人员", PersonHeaders, rows);

    /// <summary>A person row with the given number, name and Party unit; the other cells are set by <paramref name="set"/>.</summary>
    public static string[] Person(string number, string name, string partyUnit = "U011", string status = "正式党员", params (string Header, string Value)[] set)
    {
        var row = new string[PersonHeaders.Length];
        Array.Fill(row, string.Empty);
        row[0] = number;
        row[1] = name;
        row[3] = partyUnit;
        row[4] = status;
        foreach (var (header, value) in set)
        {
            row[Array.IndexOf(PersonHeaders, header)] = value;
        }

        return row;
    }

    public static RosterImportResult Parse(params TabularSheet[] sheets) => RosterImportParser.Parse(sheets);
}
