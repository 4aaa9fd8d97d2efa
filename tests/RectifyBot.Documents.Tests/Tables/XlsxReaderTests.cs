using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using RectifyBot.Core.Roster.Import;
using RectifyBot.Documents.Tables;

namespace RectifyBot.Documents.Tests.Tables;

public sealed class XlsxReaderTests
{
    /// <summary>
    /// A workbook as Excel saves an office roster: shared strings, student numbers stored as numbers (one written
    /// in exponent form in the XML, as some tools do), an empty column B (C2 follows A2), an inline string, a date
    /// cell, an empty row 3, and a second sheet.
    /// </summary>
    private static byte[] OfficeWorkbook()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var strings = workbookPart.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable(
                new SharedStringItem(new Text("工号/学号")),
                new SharedStringItem(new Text("姓名")),
                new SharedStringItem(new Text("入党时间")),
                new SharedStringItem(new Run(new Text("欧阳")), new Run(new Text("娜娜"))));
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font()),
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None })),
                new Borders(new Border()),
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14U, ApplyNumberFormat = true }));
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());

            var people = workbookPart.AddNewPart<WorksheetPart>();
            people.Worksheet = new Worksheet(new SheetData(
                new Row(Shared("A1", 0), Shared("B1", 1), Shared("C1", 2)) { RowIndex = 1U },
                new Row(Number("A2", "202103010001"), Shared("C2", 3)) { RowIndex = 2U },
                new Row(Number("A4", "2.0210301E+10"), Inline("B4", "王五"), new Cell { CellReference = "C4", StyleIndex = 1U, CellValue = new CellValue("45000") }) { RowIndex = 4U },
                new Row(Number("A5", "12.5"), Inline("B5", "李四")) { RowIndex = 5U }));
            sheets.AppendChild(new Sheet { Id = workbookPart.GetIdOfPart(people), SheetId = 1U, Name = "人员" });

            var second = workbookPart.AddNewPart<WorksheetPart>();
            second.Worksheet = new Worksheet(new SheetData(new Row(Inline("A1", "单位编码")) { RowIndex = 1U }));
            sheets.AppendChild(new Sheet { Id = workbookPart.GetIdOfPart(second), SheetId = 2U, Name = "单位" });
        }

        return stream.ToArray();
    }

    private static Cell Shared(string reference, int index) =>
        new() { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(index.ToString(System.Globalization.CultureInfo.InvariantCulture)) };

    private static Cell Number(string reference, string value) => new() { CellReference = reference, CellValue = new CellValue(value) };

    private static Cell Inline(string reference, string text) =>
        new() { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) };

    private static IReadOnlyList<TabularSheet> Read()
    {
        var result = TabularFile.Read(OfficeWorkbook(), "名册.xlsx");
        Assert.Null(result.Error);
        Assert.Equal(TabularFileKind.Xlsx, result.Kind);
        return result.Sheets;
    }

    [Fact]
    public void Every_sheet_is_read_with_its_name() =>
        Assert.Equal(["人员", "单位"], Read().Select(s => s.Name));

    [Fact]
    public void Shared_strings_including_rich_text_runs_are_resolved() =>
        Assert.Equal(["工号/学号", "姓名", "入党时间"], Read()[0].Rows[0].Cells);

    [Fact]
    public void Student_numbers_stored_as_numbers_come_back_as_plain_digits()
    {
        var rows = Read()[0].Rows;

        Assert.Equal("202103010001", rows[1].Cells[0]);
        Assert.Equal("20210301000", rows[2].Cells[0]);
        Assert.Equal("12.5", rows[3].Cells[0]);
    }

    [Fact]
    public void A_missing_cell_in_the_middle_does_not_shift_the_columns_after_it() =>
        Assert.Equal(["202103010001", "", "欧阳娜娜"], Read()[0].Rows[1].Cells);

    [Fact]
    public void Rows_keep_their_excel_numbers_when_a_row_is_empty() =>
        Assert.Equal([1, 2, 4, 5], Read()[0].Rows.Select(r => r.Number));

    [Fact]
    public void Inline_strings_and_dates_read_as_the_user_sees_them() =>
        Assert.Equal(["20210301000", "王五", "2023-03-15"], Read()[0].Rows[2].Cells);
}
