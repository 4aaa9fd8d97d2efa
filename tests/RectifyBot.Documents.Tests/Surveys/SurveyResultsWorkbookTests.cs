using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using RectifyBot.Core.Surveys;
using RectifyBot.Documents.Surveys;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace RectifyBot.Documents.Tests.Surveys;

/// <summary>The results workbook read back: opinions first, the figures per category, and a real bar chart reading the rate cells.</summary>
public sealed class SurveyResultsWorkbookTests
{
    private static readonly Survey Survey = new()
    {
        Id = "HP-JSJ-20261215-a1b2c3",
        UnitCode = "HP-JSJ",
        UnitName = "计算机学院党委",
        Window = SurveyWindow.FromChinaDates(new DateOnly(2026, 12, 15), new DateOnly(2026, 12, 22)),
        ExtraQuestions = [new SurveyQuestion("q1", "对班子作风是否满意")],
        Seed = 1,
        AskedCounts = new Dictionary<ParticipantCategory, int> { [ParticipantCategory.PartyMember] = 40, [ParticipantCategory.RetiredStaff] = 10, [ParticipantCategory.ServiceRecipient] = 3 },
        CreatedByNumber = "200001",
        CreatedAt = DateTimeOffset.UnixEpoch,
    };

    [Fact]
    public void Opinions_come_first_the_figures_match_the_tally_and_the_chart_reads_the_rate_of_each_category()
    {
        // 党员 8 answers (6 satisfied, 1 basically, 1 dissatisfied), 离退休 5 (1, 1, 2, 1 不了解), 2 others (not broken down).
        var answers = Answers(ParticipantCategory.PartyMember, (SatisfactionChoice.Satisfied, 6), (SatisfactionChoice.BasicallySatisfied, 1), (SatisfactionChoice.Dissatisfied, 1))
            .Concat(Answers(ParticipantCategory.RetiredStaff, (SatisfactionChoice.Satisfied, 1), (SatisfactionChoice.BasicallySatisfied, 1), (SatisfactionChoice.Dissatisfied, 2), (SatisfactionChoice.DontKnow, 1)))
            .Concat(Answers(ParticipantCategory.Other, (SatisfactionChoice.Dissatisfied, 2)))
            .Append(new SurveyAnswer { Category = ParticipantCategory.Other, Opinion = "=HYPERLINK(\"http://x\")食堂要改进", Source = ReplySource.SuggestionBox })
            .ToList();
        var tally = SurveyTally.Of(Survey, answers);

        using var file = SpreadsheetDocument.Open(new MemoryStream(SurveyResultsWorkbook.Write(Survey, tally)), false);

        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(file).Select(e => e.Path?.XPath + ": " + e.Description));
        var workbook = file.WorkbookPart!;
        Assert.Equal(["群众意见", "满意度", "附加问题"], workbook.Workbook.Descendants<Sheet>().Select(s => s.Name!.Value));
        var opinions = Sheet(file, "群众意见");
        Assert.Equal("=HYPERLINK(\"http://x\")食堂要改进", Cell(opinions, "B2").InlineString!.InnerText);
        Assert.Null(Cell(opinions, "B2").CellFormula);

        var satisfaction = Sheet(file, "满意度");
        Assert.Equal(["全体", "党员", "离退休人员"], Column(satisfaction, "A"));
        Assert.Equal(["15", "8", "5"], Column(satisfaction, "B"));
        Assert.Equal((9.0 / 14).ToString("R", CultureInfo.InvariantCulture), Cell(satisfaction, "G2").CellValue!.Text);
        Assert.Equal((7.0 / 8).ToString("R", CultureInfo.InvariantCulture), Cell(satisfaction, "G3").CellValue!.Text);
        Assert.Equal("0.5", Cell(satisfaction, "G4").CellValue!.Text);
        Assert.Equal("0.5", Cell(satisfaction, "H4").CellValue!.Text);

        var sheetPart = (WorksheetPart)workbook.GetPartById(workbook.Workbook.Descendants<Sheet>().Single(s => s.Name == "满意度").Id!);
        var chartPart = Assert.Single(sheetPart.DrawingsPart!.ChartParts);
        var bar = Assert.Single(chartPart.ChartSpace.Descendants<C.BarChart>());
        var series = Assert.Single(bar.Elements<C.BarChartSeries>());
        Assert.Equal("'满意度'!$A$2:$A$4", series.GetFirstChild<C.CategoryAxisData>()!.Descendants<C.Formula>().Single().Text);
        Assert.Equal("'满意度'!$G$2:$G$4", series.GetFirstChild<C.Values>()!.Descendants<C.Formula>().Single().Text);
        Assert.Equal(["全体", "党员", "离退休人员"], series.GetFirstChild<C.CategoryAxisData>()!.Descendants<C.StringPoint>().Select(p => p.InnerText));
        Assert.NotNull(sheetPart.Worksheet.GetFirstChild<Drawing>());

        var questions = Sheet(file, "附加问题");
        Assert.Equal("对班子作风是否满意", Cell(questions, "A2").InlineString!.InnerText);
    }

    private static IEnumerable<SurveyAnswer> Answers(ParticipantCategory category, params (SatisfactionChoice Choice, int Count)[] counts) =>
        counts.SelectMany(c => Enumerable.Repeat(new SurveyAnswer { Category = category, Choice = c.Choice, Source = ReplySource.Paper }, c.Count));

    private static Worksheet Sheet(SpreadsheetDocument file, string name)
    {
        var workbook = file.WorkbookPart!;
        return ((WorksheetPart)workbook.GetPartById(workbook.Workbook.Descendants<Sheet>().Single(s => s.Name == name).Id!)).Worksheet;
    }

    private static Cell Cell(Worksheet sheet, string reference) => sheet.Descendants<Cell>().Single(c => c.CellReference == reference);

    private static List<string> Column(Worksheet sheet, string column) =>
        [.. sheet.Descendants<Cell>().Where(c => c.CellReference!.Value!.StartsWith(column, StringComparison.Ordinal) && c.CellReference.Value != column + "1")
            .Select(c => c.InlineString?.InnerText ?? c.CellValue!.Text)];
}
