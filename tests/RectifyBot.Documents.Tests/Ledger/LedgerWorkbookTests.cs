using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using RectifyBot.Core.Ledger;
using RectifyBot.Core.Ledger.Views;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Roster.Demo;
using RectifyBot.Documents.Ledger;

namespace RectifyBot.Documents.Tests.Ledger;

/// <summary>
/// 整改台帐.xlsx read back with DocumentFormat.OpenXml: Chinese headers, a frozen header row and an autofilter over the
/// data on both sheets, deadlines and times as real dates in China Standard Time, and the summary's figures equal to
/// the ledger query's for every unit.
/// </summary>
public sealed class LedgerWorkbookTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 10, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Both_sheets_have_Chinese_headers_a_frozen_header_row_and_an_autofilter_over_every_row()
    {
        var view = View();

        using var file = Open(LedgerWorkbook.Write(view));

        var summary = Sheet(file, LedgerWorkbook.SummarySheet);
        var entries = Sheet(file, LedgerWorkbook.EntriesSheet);
        Assert.Equal(LedgerWorkbook.SummaryHeader, Row(summary, 1).Select(c => Text(c)));
        Assert.Equal(LedgerWorkbook.EntriesHeader, Row(entries, 1).Select(c => Text(c)));
        Assert.Contains("整改时限", LedgerWorkbook.EntriesHeader);
        foreach (var (sheet, columns, rows) in new[] { (summary, "K", view.Units.Count), (entries, "N", view.Lines.Count) })
        {
            var pane = sheet.Descendants<Pane>().Single();
            Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
            Assert.Equal("A2", pane.TopLeftCell!.Value);
            Assert.Equal(1D, pane.VerticalSplit!.Value);
            Assert.Equal($"A1:{columns}{rows + 1}", sheet.Descendants<AutoFilter>().Single().Reference!.Value);
        }
    }

    [Fact]
    public void Deadlines_and_times_are_numeric_dates_with_a_date_format_in_China_Standard_Time()
    {
        var view = View();

        using var file = Open(LedgerWorkbook.Write(view));

        var entries = Sheet(file, LedgerWorkbook.EntriesSheet);
        var column = LedgerWorkbook.EntriesHeader.ToList();
        var first = Row(entries, 2);
        var deadline = first[column.IndexOf("整改时限")];
        Assert.Null(deadline.DataType);
        Assert.Equal(view.Lines[0].Line.Deadline, DateOnly.FromDateTime(DateTime.FromOADate(Number(deadline))));
        Assert.Equal("yyyy-mm-dd", FormatOf(file, deadline));
        var created = first[column.IndexOf("建立时间")];
        // Created 2026-11-20 00:00 UTC: 08:00 the same day in China.
        Assert.Equal(new DateTime(2026, 11, 20, 8, 0, 0), DateTime.FromOADate(Number(created)));
        Assert.Equal("yyyy-mm-dd hh:mm", FormatOf(file, created));
    }

    [Fact]
    public void Each_units_figures_in_the_summary_equal_the_ledger_query_and_the_detail_has_a_row_per_entry()
    {
        var view = View();

        using var file = Open(LedgerWorkbook.Write(view));

        var summary = Sheet(file, LedgerWorkbook.SummarySheet);
        Assert.Equal(view.Units.Count + 1, summary.Descendants<Row>().Count());
        for (var i = 0; i < view.Units.Count; i++)
        {
            var unit = view.Units[i];
            var cells = Row(summary, i + 2);
            Assert.Equal(unit.UnitCode, Text(cells[0]));
            Assert.Equal(
                [unit.Total, unit.InProgress, unit.Overdue, unit.DoneOnTime, unit.DoneLate],
                cells.Skip(2).Take(5).Select(c => (int)Number(c)));
            Assert.Equal(unit.CompletionRate, Number(cells[7]), 9);
            Assert.Equal([unit.Members, unit.Submitted], cells.Skip(8).Take(2).Select(c => (int)Number(c)));
        }

        var entries = Sheet(file, LedgerWorkbook.EntriesSheet);
        var states = entries.Descendants<Row>().Skip(1).Select(r => Text(r.Elements<Cell>().ElementAt(10))).ToList();
        Assert.Equal(view.Totals.Total, states.Count);
        Assert.Equal(view.Totals.Overdue, states.Count(s => s == "已逾期"));
        Assert.Equal(3, view.Totals.Overdue);
    }

    private static LedgerView View()
    {
        var roster = DemoRoster.Create();
        var office = roster.Person("100020")!;
        LedgerLine Line(string owner, string unit, DateOnly deadline, LedgerEntryStatus status = LedgerEntryStatus.Open) => new()
        {
            EntryId = LedgerEntry.MeasureEntryId(owner, 1, 0),
            OwnerNumber = owner,
            UnitCode = unit,
            Deadline = deadline,
            Handling = HandlingKind.FixNow,
            Area = ProblemArea.Discipline,
            Status = status,
            CompletedOnTime = status == LedgerEntryStatus.Done ? true : null,
            CompletedAt = status == LedgerEntryStatus.Done ? new DateTimeOffset(2026, 11, 30, 23, 30, 0, TimeSpan.Zero) : null,
            CreatedAt = new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero),
        };
        var snapshot = new LedgerSnapshot(
        [
            Line("200022", DemoRoster.ComputingStaffBranch3, new DateOnly(2026, 12, 5)),
            Line("200023", DemoRoster.ComputingStaffBranch3, new DateOnly(2026, 12, 9)),
            Line("300012", DemoRoster.LettersStaffBranch, new DateOnly(2026, 12, 1)),
            Line("200012", DemoRoster.ComputingStaffBranch1, new DateOnly(2026, 12, 31)),
            Line("100030", DemoRoster.OfficesBranch1, new DateOnly(2026, 12, 1), LedgerEntryStatus.Done),
        ],
        new HashSet<string>(["200022", "200023", "300012"], StringComparer.Ordinal));
        return LedgerQuery.Build(office, roster, LedgerQuery.RootsFor(office, roster), snapshot, Now);
    }

    private static SpreadsheetDocument Open(byte[] bytes) => SpreadsheetDocument.Open(new MemoryStream(bytes), false);

    private static Worksheet Sheet(SpreadsheetDocument file, string name)
    {
        var workbook = file.WorkbookPart!;
        var sheet = workbook.Workbook.Descendants<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet!;
    }

    private static List<Cell> Row(Worksheet sheet, int number) =>
        [.. sheet.Descendants<Row>().Single(r => r.RowIndex! == (uint)number).Elements<Cell>()];

    private static string Text(Cell cell) => cell.InlineString?.InnerText ?? "";

    private static double Number(Cell cell) => double.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture);

    private static string FormatOf(SpreadsheetDocument file, Cell cell)
    {
        var styles = file.WorkbookPart!.WorkbookStylesPart!.Stylesheet!;
        var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.StyleIndex!.Value);
        return styles.NumberingFormats!.Elements<NumberingFormat>().Single(n => n.NumberFormatId! == format.NumberFormatId!).FormatCode!.Value!;
    }
}
