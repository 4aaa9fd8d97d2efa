using RectifyBot.Core.Surveys;
using RectifyBot.Documents.Spreadsheets;

namespace RectifyBot.Documents.Surveys;

/// <summary>
/// A survey's results as "群众满意度测评结果.xlsx": the opinions first (群众意见), then the satisfaction sheet (满意度) with
/// a row for the whole unit and one per category with at least 5 answers — valid answers, each choice, the satisfaction
/// rate and the share of 不满意 — and a column chart of the satisfaction rate per row that reads those cells; then the
/// extra questions (附加问题). Nothing in it names or orders respondents.
/// </summary>
public static class SurveyResultsWorkbook
{
    public const string OpinionsSheet = "群众意见";
    public const string SatisfactionSheet = "满意度";
    public const string QuestionsSheet = "附加问题";
    public const string ChartTitle = "满意率";

    public static IReadOnlyList<string> SatisfactionHeader { get; } = ["类别", "有效答卷", "满意", "基本满意", "不满意", "不了解", "满意率", "不满意占比"];

    /// <summary>The satisfaction sheet's columns the chart reads: labels from 类别 (A), values from 满意率 (G).</summary>
    public const int LabelColumn = 0;
    public const int RateColumn = 6;

    public static string FileName(Survey survey)
    {
        ArgumentNullException.ThrowIfNull(survey);
        return $"群众满意度测评结果-{survey.UnitName}-{survey.Window.LastChinaDay:yyyyMMdd}.xlsx";
    }

    public static byte[] Write(Survey survey, SurveyTally tally)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(tally);
        var rows = new List<IReadOnlyList<SheetCell>> { Row("全体", tally.Overall.Valid, tally.Overall) };
        rows.AddRange(tally.Categories.Select(c => Row(CategoryName(c.Category), c.Answers, c.Counts)));
        return Workbooks.Write(
        [
            new DataSheet(OpinionsSheet, ["序号", "意见"], [.. tally.Opinions.Select((o, i) => (IReadOnlyList<SheetCell>)[SheetCell.Of(i + 1), SheetCell.Of(o)])]),
            new DataSheet(SatisfactionSheet, SatisfactionHeader, rows) { Chart = new SheetChart(ChartTitle, LabelColumn, RateColumn) },
            new DataSheet(QuestionsSheet, SatisfactionHeader, [.. survey.ExtraQuestions
                .Where(q => tally.ExtraQuestions.ContainsKey(q.Id))
                .Select(q => Row(q.Text, tally.ExtraQuestions[q.Id].Valid, tally.ExtraQuestions[q.Id]))]),
        ]);
    }

    public static string CategoryName(ParticipantCategory category) => category switch
    {
        ParticipantCategory.PartyMember => "党员",
        ParticipantCategory.GrassrootsMasses => "基层群众",
        ParticipantCategory.DemocraticPartyMember => "民主党派成员",
        ParticipantCategory.RetiredStaff => "离退休人员",
        ParticipantCategory.ServiceRecipient => "服务对象",
        _ => "其他",
    };

    private static IReadOnlyList<SheetCell> Row(string label, int valid, SatisfactionCounts counts) =>
    [
        SheetCell.Of(label), SheetCell.Of(valid), SheetCell.Of(counts.Satisfied), SheetCell.Of(counts.BasicallySatisfied),
        SheetCell.Of(counts.Dissatisfied), SheetCell.Of(counts.DontKnow),
        SheetCell.Percent(counts.SatisfactionRate ?? 0), SheetCell.Percent(counts.DissatisfiedShare ?? 0),
    ];
}
