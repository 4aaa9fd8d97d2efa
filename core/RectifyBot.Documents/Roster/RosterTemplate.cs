using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Roster.Import;

namespace RectifyBot.Documents.Roster;

/// <summary>
/// The downloadable roster template: an .xlsx with the sheets 单位 and 人员 (Chinese headers, a frozen header row,
/// one example row each), or one CSV per sheet. Every column of the .xlsx is formatted as text ("@") so Excel keeps
/// the leading zeros of student numbers and codes instead of turning them into numbers.
/// </summary>
public static class RosterTemplate
{
    /// <summary>The cell format index (in the stylesheet written below) whose number format is text.</summary>
    private const uint TextStyle = 1;

    /// <summary>Built-in number format 49 is "@", text.</summary>
    private const uint TextNumberFormat = 49;

    /// <summary>The example rows form a valid roster on their own, so the unchanged template imports cleanly.</summary>
    public static IReadOnlyList<string> UnitExample { get; } =
        ["U000", "校党委", RosterVocabulary.Label(UnitKind.UniversityCommittee), "", "否", ""];

    public static IReadOnlyList<string> PersonExample { get; } =
    [
        "0012345", "张三", "zhangsan@example.edu.cn", "zhangsan@example.edu.cn", "U000", "正式党员", "", "", "校领导班子成员、巡回检查组成员", "",
        "", "", "", "", "", "否",
    ];

    public static byte[] WriteXlsx()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>();
            stylesPart.Stylesheet = TextStylesheet();
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            AddSheet(workbookPart, sheets, 1, RosterColumns.UnitsSheet, RosterColumns.Units, UnitExample);
            AddSheet(workbookPart, sheets, 2, RosterColumns.PeopleSheet, RosterColumns.People, PersonExample);
        }

        return stream.ToArray();
    }

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

    private static void AddSheet(WorkbookPart workbookPart, Sheets sheets, uint sheetId, string name, IReadOnlyList<RosterColumn> columns, IReadOnlyList<string> example)
    {
        var part = workbookPart.AddNewPart<WorksheetPart>();
        var frozenHeader = new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1D, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        { WorkbookViewId = 0U });
        var widths = new Columns(new Column
        {
            Min = 1U,
            Max = (uint)columns.Count,
            Width = 18D,
            CustomWidth = true,
            Style = TextStyle,
        });
        var data = new SheetData(
            TextRow(1, columns.Select(c => c.Header).ToList()),
            TextRow(2, example));
        part.Worksheet = new Worksheet(frozenHeader, widths, data);
        sheets.AppendChild(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = sheetId, Name = name });
    }

    private static Row TextRow(uint number, IReadOnlyList<string> values)
    {
        var row = new Row { RowIndex = number };
        for (var i = 0; i < values.Count; i++)
        {
            row.AppendChild(new Cell
            {
                CellReference = ColumnName(i) + number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                DataType = CellValues.InlineString,
                StyleIndex = TextStyle,
                InlineString = new InlineString(new Text(values[i])),
            });
        }

        return row;
    }

    private static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>The minimal stylesheet Excel accepts, plus cell format 1 = text ("@").</summary>
    private static Stylesheet TextStylesheet() => new(
        new Fonts(new Font()) { Count = 1U },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
        { Count = 2U },
        new Borders(new Border()) { Count = 1U },
        new CellStyleFormats(new CellFormat()) { Count = 1U },
        new CellFormats(
            new CellFormat(),
            new CellFormat { NumberFormatId = TextNumberFormat, ApplyNumberFormat = true })
        { Count = 2U });
}
