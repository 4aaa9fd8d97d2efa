using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace RectifyBot.Documents.Spreadsheets;

/// <summary>
/// Writes .xlsx files of text sheets the office opens in Excel: a frozen header row, an autofilter over the data and
/// every column formatted as text ("@"), so Excel keeps the leading zeros of student numbers and codes.
/// </summary>
public static class TextWorkbook
{
    /// <summary>The cell format index (in the stylesheet written below) whose number format is text.</summary>
    private const uint TextStyle = 1;

    /// <summary>Built-in number format 49 is "@", text.</summary>
    private const uint TextNumberFormat = 49;

    public static byte[] Write(IReadOnlyList<TextSheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>();
            stylesPart.Stylesheet = TextStylesheet();
            var sheetList = workbookPart.Workbook.AppendChild(new Sheets());
            for (var i = 0; i < sheets.Count; i++)
            {
                AddSheet(workbookPart, sheetList, (uint)(i + 1), sheets[i]);
            }
        }

        return stream.ToArray();
    }

    private static void AddSheet(WorkbookPart workbookPart, Sheets sheets, uint sheetId, TextSheet sheet)
    {
        var part = workbookPart.AddNewPart<WorksheetPart>();
        var frozenHeader = new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1D, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        { WorkbookViewId = 0U });
        var widths = new Columns(new Column
        {
            Min = 1U,
            Max = (uint)Math.Max(1, sheet.Header.Count),
            Width = 18D,
            CustomWidth = true,
            Style = TextStyle,
        });
        var data = new SheetData(TextRow(1, sheet.Header));
        for (var i = 0; i < sheet.Rows.Count; i++)
        {
            data.AppendChild(TextRow((uint)(i + 2), sheet.Rows[i]));
        }

        var lastCell = ColumnName(Math.Max(0, sheet.Header.Count - 1)) + (sheet.Rows.Count + 1).ToString(CultureInfo.InvariantCulture);
        part.Worksheet = new Worksheet(frozenHeader, widths, data, new AutoFilter { Reference = "A1:" + lastCell });
        sheets.AppendChild(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = sheetId, Name = sheet.Name });
    }

    private static Row TextRow(uint number, IReadOnlyList<string> values)
    {
        var row = new Row { RowIndex = number };
        for (var i = 0; i < values.Count; i++)
        {
            row.AppendChild(new Cell
            {
                CellReference = ColumnName(i) + number.ToString(CultureInfo.InvariantCulture),
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
