using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using RectifyBot.Core.Roster.Import;
using RectifyBot.Documents.Roster;
using RectifyBot.Documents.Tables;

namespace RectifyBot.Documents.Tests.Roster;

public sealed class RosterTemplateTests
{
    [Fact]
    public void The_xlsx_template_reads_back_with_the_chinese_headers_of_both_sheets()
    {
        var sheets = TabularFile.Read(RosterTemplate.WriteXlsx(), "名册模板.xlsx").Sheets;

        Assert.Equal([RosterColumns.UnitsSheet, RosterColumns.PeopleSheet], sheets.Select(s => s.Name));
        Assert.Equal(RosterColumns.Units.Select(c => c.Header), sheets[0].Rows[0].Cells);
        Assert.Equal(RosterColumns.People.Select(c => c.Header), sheets[1].Rows[0].Cells);
        Assert.Equal(2, sheets[1].Rows.Count);
    }

    [Fact]
    public void The_unchanged_template_imports_cleanly_and_keeps_the_leading_zero_of_its_example_number()
    {
        var sheets = TabularFile.Read(RosterTemplate.WriteXlsx(), "名册模板.xlsx").Sheets;

        var result = RosterImportParser.Parse(sheets);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal("0012345", Assert.Single(result.Roster!.People).Number);
    }

    [Fact]
    public void Every_column_of_the_xlsx_template_is_formatted_as_text_and_the_header_row_is_frozen()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(RosterTemplate.WriteXlsx()), false);
        var workbookPart = document.WorkbookPart!;
        var formats = workbookPart.WorkbookStylesPart!.Stylesheet!.CellFormats!.Elements<CellFormat>().ToList();

        foreach (var part in workbookPart.WorksheetParts)
        {
            var column = Assert.Single(part.Worksheet!.GetFirstChild<Columns>()!.Elements<Column>());
            Assert.Equal(1U, column.Min!.Value);
            Assert.Equal(49U, formats[(int)column.Style!.Value].NumberFormatId!.Value);
            Assert.All(part.Worksheet.Descendants<Cell>(), c => Assert.Equal(49U, formats[(int)c.StyleIndex!.Value].NumberFormatId!.Value));
            var pane = part.Worksheet.Descendants<Pane>().Single();
            Assert.Equal((PaneStateValues.Frozen, 1D, "A2"), (pane.State!.Value, pane.VerticalSplit!.Value, pane.TopLeftCell!.Value));
        }
    }

    [Theory]
    [InlineData(RosterSheetKind.Units)]
    [InlineData(RosterSheetKind.People)]
    public void The_csv_template_is_utf8_with_a_bom_and_reads_back_with_its_headers(RosterSheetKind kind)
    {
        var content = RosterTemplate.WriteCsv(kind);

        Assert.Equal(Encoding.UTF8.GetPreamble(), content[..3]);
        var sheet = Assert.Single(TabularFile.Read(content, "模板.csv").Sheets);
        var expected = kind == RosterSheetKind.Units ? RosterColumns.Units : RosterColumns.People;
        Assert.Equal(expected.Select(c => c.Header), sheet.Rows[0].Cells);
        Assert.Equal(kind, RosterHeaderMap.Classify(sheet));
    }
}
