using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace RectifyBot.Documents.Spreadsheets;

/// <summary>
/// Writes .xlsx files with DocumentFormat.OpenXml: every sheet gets a frozen header row and an autofilter over its
/// header and data; text cells are formatted as text ("@"), numbers as numbers, dates as real dates (serial numbers
/// with a yyyy-mm-dd format) and percentages as 0.0%.
/// </summary>
public static class Workbooks
{
    /// <summary>Built-in number format 49 is "@", text.</summary>
    private const uint TextNumberFormat = 49;

    /// <summary>Built-in number format 10 is "0.00%"; ours (164 up are custom) show one decimal and the dates.</summary>
    private const uint PercentNumberFormat = 164;
    private const uint DateNumberFormat = 165;
    private const uint DateTimeNumberFormat = 166;

    public static byte[] Write(IReadOnlyList<DataSheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>();
            stylesPart.Stylesheet = Stylesheet();
            var sheetList = workbookPart.Workbook.AppendChild(new Sheets());
            for (var i = 0; i < sheets.Count; i++)
            {
                AddSheet(workbookPart, sheetList, (uint)(i + 1), sheets[i]);
            }
        }

        return stream.ToArray();
    }

    /// <summary>The cell format index (in <see cref="Stylesheet"/>) of each kind of cell.</summary>
    public static uint StyleOf(SheetCellKind kind) => kind switch
    {
        SheetCellKind.Text => 1,
        SheetCellKind.Number => 0,
        SheetCellKind.Percent => 2,
        SheetCellKind.Date => 3,
        _ => 4,
    };

    public static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static void AddSheet(WorkbookPart workbookPart, Sheets sheets, uint sheetId, DataSheet sheet)
    {
        var part = workbookPart.AddNewPart<WorksheetPart>();
        var frozenHeader = new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1D, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        { WorkbookViewId = 0U });
        var allText = sheet.Rows.All(r => r.All(c => c.Kind == SheetCellKind.Text));
        var column = new Column { Min = 1U, Max = (uint)Math.Max(1, sheet.Header.Count), Width = 18D, CustomWidth = true };
        if (allText)
        {
            column.Style = StyleOf(SheetCellKind.Text);
        }

        var widths = new Columns(column);
        var data = new SheetData(DataRow(1, [.. sheet.Header.Select(SheetCell.Of)]));
        for (var i = 0; i < sheet.Rows.Count; i++)
        {
            data.AppendChild(DataRow((uint)(i + 2), sheet.Rows[i]));
        }

        var lastCell = ColumnName(Math.Max(0, sheet.Header.Count - 1)) + (sheet.Rows.Count + 1).ToString(CultureInfo.InvariantCulture);
        part.Worksheet = new Worksheet(frozenHeader, widths, data, new AutoFilter { Reference = "A1:" + lastCell });
        if (sheet.Chart is { } chart && sheet.Rows.Count > 0)
        {
            part.Worksheet.AppendChild(SheetCharts.Add(part, sheet, chart));
        }

        sheets.AppendChild(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = sheetId, Name = sheet.Name });
    }

    private static Row DataRow(uint number, IReadOnlyList<SheetCell> values)
    {
        var row = new Row { RowIndex = number };
        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i];
            var cell = new Cell
            {
                CellReference = ColumnName(i) + number.ToString(CultureInfo.InvariantCulture),
                StyleIndex = StyleOf(value.Kind),
            };
            if (value.Kind == SheetCellKind.Text)
            {
                cell.DataType = CellValues.InlineString;
                cell.InlineString = new InlineString(new Text(value.Text));
            }
            else
            {
                cell.CellValue = new CellValue(value.Number.ToString("R", CultureInfo.InvariantCulture));
            }

            row.AppendChild(cell);
        }

        return row;
    }

    /// <summary>The minimal stylesheet Excel accepts, plus a cell format for each <see cref="SheetCellKind"/>.</summary>
    private static Stylesheet Stylesheet() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = PercentNumberFormat, FormatCode = "0.0%" },
            new NumberingFormat { NumberFormatId = DateNumberFormat, FormatCode = "yyyy-mm-dd" },
            new NumberingFormat { NumberFormatId = DateTimeNumberFormat, FormatCode = "yyyy-mm-dd hh:mm" })
        { Count = 3U },
        new Fonts(new Font()) { Count = 1U },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
        { Count = 2U },
        new Borders(new Border()) { Count = 1U },
        new CellStyleFormats(new CellFormat()) { Count = 1U },
        new CellFormats(
            new CellFormat(),
            new CellFormat { NumberFormatId = TextNumberFormat, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = PercentNumberFormat, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = DateNumberFormat, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = DateTimeNumberFormat, ApplyNumberFormat = true })
        { Count = 5U });
}
