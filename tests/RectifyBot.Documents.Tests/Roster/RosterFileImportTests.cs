using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using RectifyBot.Core.Roster.Import;
using RectifyBot.Documents.Roster;
using RectifyBot.Documents.Tables;

namespace RectifyBot.Documents.Tests.Roster;

/// <summary>From the bytes the office uploads to the parser's verdict: the path the bot and the admin function take.</summary>
public sealed class RosterFileImportTests
{
    private const string Units =
        "单位编码,单位名称,单位类型,上级单位编码\r\nU000,校党委,校党委,\r\nU010,计算机学院党委,二级党委,U000\r\nU011,教工党支部,党支部,U010\r\n";

    static RosterFileImportTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static RosterImportResult Import(byte[] content, string fileName, Core.Roster.Roster? current = null)
    {
        var file = TabularFile.Read(content, fileName);
        return file.Error is { } refused ? RosterImportResult.Invalid([refused]) : RosterImportParser.Parse(file.Sheets, current: current);
    }

    [Fact]
    public void A_gbk_people_csv_saved_by_excel_reports_its_problems_with_row_and_column()
    {
        var current = new Core.Roster.Roster(Import(Encoding.UTF8.GetBytes(Units), "单位.csv").Roster!.Units, []);
        var csv = "工号/学号,姓名,党组织编码\r\nT001,王五,U011\r\n2.02103E+11,欧阳娜娜,U011\r\nT003,李四,U404\r\n";

        var result = Import(Encoding.GetEncoding("GB18030").GetBytes(csv), "人员.csv", current);

        Assert.Equal(
            [
                new RosterImportError(RosterImportErrorCode.NumberInScientificNotation, "人员.csv", 3, "工号/学号", "2.02103E+11"),
                new RosterImportError(RosterImportErrorCode.UnknownUnit, "人员.csv", 4, "党组织编码", "U404"),
            ],
            result.Errors);
    }

    [Fact]
    public void A_renamed_word_file_is_refused_before_parsing() =>
        Assert.Equal(RosterImportErrorCode.NotCsvOrXlsx, Assert.Single(Import([0xD0, 0xCF, 0x11, 0xE0, 0, 0, 0, 0], "名册.xlsx").Errors).Code);

    [Fact]
    public void A_filled_in_xlsx_template_with_a_numeric_student_number_imports()
    {
        using var stream = new MemoryStream();
        stream.Write(RosterTemplate.WriteXlsx());
        using (var document = SpreadsheetDocument.Open(stream, isEditable: true))
        {
            // Someone typed the number into a General-formatted cell: Excel stored it as a number.
            var people = document.WorkbookPart!.WorksheetParts.Last().Worksheet!.GetFirstChild<SheetData>()!;
            people.AppendChild(new Row(
                new Cell { CellReference = "A3", CellValue = new CellValue("202103010001") },
                new Cell { CellReference = "B3", DataType = CellValues.InlineString, InlineString = new InlineString(new Text("欧阳娜娜")) },
                new Cell { CellReference = "E3", DataType = CellValues.InlineString, InlineString = new InlineString(new Text("U000")) })
            { RowIndex = 3U });
        }

        var result = Import(stream.ToArray(), "名册.xlsx");

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal(["0012345", "202103010001"], result.Roster!.People.Select(p => p.Number));
    }
}
