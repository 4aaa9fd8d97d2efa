using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using RectifyBot.Core.Ledger.Views;
using RectifyBot.Core.Mechanisms;
using RectifyBot.Core.Meetings;
using RectifyBot.Core.Plans;
using RectifyBot.Core.SummaryReports;
using RectifyBot.Core.Surveys;

namespace RectifyBot.Documents.SummaryReports;

/// <summary>
/// Writes a unit's draft summary report (总结报告) as a Word document: a 标题, numbered 一级标题 sections with the figures
/// in tables (measures, plans and their items, escalations, each survey with its opinions, meetings and guidance
/// visits, the unit's long-term mechanisms) and a last section left for the unit to write. In Chinese: it is the document the office collects.
/// </summary>
public static partial class SummaryReportDocument
{
    public const string MeasuresHeading = "一、党员个人整改措施";
    public const string PlansHeading = "二、单位整改方案落实情况";
    public const string EscalationsHeading = "三、督办与升级";
    public const string SurveysHeading = "四、群众满意度测评";
    public const string MeetingsHeading = "五、专题会议与校领导指导";
    public const string MechanismsHeading = "六、长效机制建设";
    public const string NextStepsHeading = "七、存在问题与下一步打算";

    public static string FileName(SummaryReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return $"{report.UnitName}-总结报告初稿-{report.Today:yyyyMMdd}.docx";
    }

    public static byte[] Write(SummaryReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = WordStyles.Create();
            var body = new Body();
            Fill(body, report);
            body.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1440, Bottom = 1440, Left = 1588, Right = 1588, Header = 851, Footer = 992, Gutter = 0 }));
            main.Document = new Document(body);
            document.PackageProperties.Title = $"{report.UnitName}整改提高阶段总结报告";
            document.PackageProperties.Creator = "RectifyBot";
        }

        return stream.ToArray();
    }

    private static void Fill(Body body, SummaryReport report)
    {
        body.Append(Styled(WordStyles.Title, $"{report.UnitName}整改提高阶段总结报告（初稿）"));
        var stage = report.Stage is { } s ? $"本阶段自 {Day(s.Start)} 至 {Day(s.StageEnd)}，巩固期至 {Day(s.ConsolidationEnd)}。" : "";
        body.Append(Text($"{stage}本初稿由 RectifyBot 于 {Day(report.Today)} 根据系统中的数据生成，统计范围为本单位及所属各级党组织。请在此基础上修改完善，定稿后在与 RectifyBot 的个人聊天中发送 Word 文件提交。"));

        var m = report.Measures;
        body.Append(Styled(WordStyles.Heading1, MeasuresHeading));
        body.Append(Text($"本单位共有党员 {m.Members} 名，已提交整改措施 {m.Submitted} 人，审核通过 {m.Approved} 人；整改台帐事项 {m.Entries} 项，已完成 {m.EntriesDone} 项。"));
        body.Append(Table(["指标", "数值"],
        [
            ["党员人数（名）", N(m.Members)],
            ["已提交整改措施（人）", N(m.Submitted)],
            ["审核通过（人）", N(m.Approved)],
            ["待审核（人）", N(m.AwaitingDecision)],
            ["被退回修改（次）", N(m.ReturnedVersions)],
            ["整改台帐事项（项）", N(m.Entries)],
            ["已完成（项）", N(m.EntriesDone)],
            ["已逾期（项）", N(m.EntriesOverdue)],
            ["完成率", Rate(m.EntriesDone, m.Entries)],
        ], 3, 2));

        body.Append(Styled(WordStyles.Heading1, PlansHeading));
        if (report.Plans.Count == 0)
        {
            body.Append(Text("本单位及所属党组织尚未公示整改方案。"));
        }
        else
        {
            body.Append(Table(["单位", "版本", "状态", "整改事项", "已完成", "进行中", "已逾期", "上级协调"],
                [.. report.Plans.Select(p => (IReadOnlyList<string>)[p.UnitName, N(p.Version), Status(p.Status), N(p.Items), N(p.EntriesDone), N(p.EntriesInProgress), N(p.EntriesOverdue), N(p.CoordinationItems)])], 3, 1, 2, 2, 2, 2, 2, 2));
            if (report.PlanEntries.Count > 0)
            {
                body.Append(Styled(WordStyles.Heading2, "整改事项明细"));
                body.Append(Table(["单位", "整改问题", "整改时限", "责任人", "进展"],
                    [.. report.PlanEntries.Select(e => (IReadOnlyList<string>)[e.UnitName, e.Problem, Day(e.Deadline), e.ResponsibleName, State(e.State)])], 4, 5, 3, 2, 2));
            }
        }

        var x = report.Escalations;
        body.Append(Styled(WordStyles.Heading1, EscalationsHeading));
        body.Append(Text($"整改事项逾期超过 {report.EscalateAfterDays} 天的，系统向审核人和党委（党总支）主要负责人升级督办。"));
        body.Append(Table(["指标", "数值"],
        [
            ["升级督办事项（项）", N(x.Escalated)],
            ["其中仍未完成（项）", N(x.EscalatedStillOpen)],
            ["提请上级协调事项（项）", N(x.CoordinationItems)],
        ], 3, 2));

        body.Append(Styled(WordStyles.Heading1, SurveysHeading));
        if (report.Surveys.Count == 0)
        {
            body.Append(Text("尚未开展群众满意度测评。"));
        }

        foreach (var survey in report.Surveys)
        {
            body.Append(Styled(WordStyles.Heading2, $"{survey.UnitName}（{Day(survey.FirstDay)} 至 {Day(survey.LastDay)}{(survey.Closed ? "" : "，尚在进行")}）"));
            var o = survey.Overall;
            body.Append(Table(["测评人数", "收回答复", "满意", "基本满意", "不满意", "不了解", "满意率", "结论"],
                [[N(survey.Asked), N(survey.Answers), N(o.Satisfied), N(o.BasicallySatisfied), N(o.Dissatisfied), N(o.DontKnow), Rate(o.Satisfied + o.BasicallySatisfied, o.Decisive), Verdict(survey.Verdict)]], 2, 2, 2, 2, 2, 2, 2, 3));
            body.Append(Text(survey.Opinions.Count == 0 ? "群众意见和建议：无。" : $"群众意见和建议（{survey.Opinions.Count} 条）："));
            for (var i = 0; i < survey.Opinions.Count; i++)
            {
                body.Append(Text($"{i + 1}. {survey.Opinions[i]}"));
            }
        }

        body.Append(Styled(WordStyles.Heading1, MeetingsHeading));
        var visits = report.Meetings.Count(l => l.Kind == MeetingKind.GuidanceVisit);
        body.Append(Text($"本单位及所属党组织共召开会议 {report.Meetings.Count - visits} 次，接受校领导指导 {visits} 次。"));
        if (report.Meetings.Count > 0)
        {
            body.Append(Table(["日期", "单位", "类型", "人数", "指导校领导", "内容摘要"],
                [.. report.Meetings.Select(l => (IReadOnlyList<string>)[Day(l.Date), l.UnitName, Kind(l.Kind), N(l.Attendees), l.VisitorName ?? "", l.Summary])], 3, 3, 3, 2, 2, 5));
        }

        body.Append(Styled(WordStyles.Heading1, MechanismsHeading));
        var established = report.Mechanisms.Count(k => k.Status == MechanismStatus.Established);
        var building = report.Mechanisms.Count(k => k.Status == MechanismStatus.InProgress);
        body.Append(Text($"五项长效机制中，已建立 {established} 项，建立中 {building} 项，未建立 {report.Mechanisms.Count - established - building} 项。"));
        body.Append(Table(["机制", "状态", "制度文件", "链接"],
            [.. report.Mechanisms.Select(k => (IReadOnlyList<string>)[MechanismNames.Chinese(k.Kind), MechanismNames.Chinese(k.Status), k.Document ?? "", k.Link ?? ""])], 3, 2, 5, 4));

        body.Append(Styled(WordStyles.Heading1, NextStepsHeading));
        body.Append(Text("（请单位根据实际情况填写：整改中存在的问题、巩固整改成果和完善长效机制的下一步打算。）"));
    }

    private static Paragraph Styled(string style, string text)
    {
        var font = style is WordStyles.Title or WordStyles.Heading1 or WordStyles.Heading2 ? WordStyles.HeadingFont : WordStyles.BodyFont;
        return new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = style }),
            new Run(new RunProperties(WordStyles.Fonts(font)), new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    private static Paragraph Text(string text) => new(
        new ParagraphProperties(new Indentation { FirstLineChars = 200 }),
        new Run(new RunProperties(WordStyles.Fonts(WordStyles.BodyFont)), new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    /// <summary>The text width of an A4 page with the margins below, in twentieths of a point.</summary>
    private const int TextWidth = 11906 - (2 * 1588);

    /// <summary>A bordered table across the text width; <paramref name="weights"/> share it between the columns.</summary>
    private static Table Table(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows, params int[] weights)
    {
        var shares = weights.Length == headers.Count ? weights : [.. headers.Select(_ => 1)];
        var widths = shares.Select(w => TextWidth * w / shares.Sum()).ToList();
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = "TableGrid" },
                new TableWidth { Type = TableWidthUnitValues.Dxa, Width = TextWidth.ToString(CultureInfo.InvariantCulture) },
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        table.Append(Row(headers, widths, header: true));
        foreach (var row in rows)
        {
            table.Append(Row(row, widths, header: false));
        }

        return table;
    }

    private static TableRow Row(IReadOnlyList<string> cells, List<int> widths, bool header)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }

        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            var run = new RunProperties(WordStyles.Fonts(header ? WordStyles.HeadingFont : WordStyles.BodyFont), new FontSize { Val = "21" });
            if (header)
            {
                run.Append(new Bold());
            }

            var centred = header || Figure().IsMatch(cell);
            row.Append(new TableCell(
                new TableCellProperties(
                    new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = widths[i].ToString(CultureInfo.InvariantCulture) },
                    new Shading { Val = ShadingPatternValues.Clear, Fill = header ? "D9E2F3" : "auto" },
                    new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center }),
                new Paragraph(new ParagraphProperties(
                        new SpacingBetweenLines { Before = "40", After = "40", Line = "300", LineRule = LineSpacingRuleValues.Auto },
                        new Justification { Val = centred ? JustificationValues.Center : JustificationValues.Left }),
                    new Run(run, new Text(cell) { Space = SpaceProcessingModeValues.Preserve }))));
        }

        return row;
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A share in per cent with one decimal ("—" when there is nothing to divide by).</summary>
    public static string Rate(int part, int whole) =>
        whole == 0 ? "—" : ((double)part / whole).ToString("P1", CultureInfo.InvariantCulture).Replace(" ", "", StringComparison.Ordinal);

    private static string Status(PlanStatus status) => status switch
    {
        PlanStatus.PublishedForSupervision => "公示中",
        PlanStatus.RevisionRequired => "需修改",
        PlanStatus.AwaitingOfficeDecision => "待校先进办决定",
        PlanStatus.Accepted => "已通过",
        PlanStatus.Filed => "已备案",
        PlanStatus.Acknowledged => "备案已确认",
        _ => status.ToString(),
    };

    private static string State(LedgerLineState state) => state switch
    {
        LedgerLineState.DoneOnTime => "按期完成",
        LedgerLineState.DoneLate => "逾期完成",
        LedgerLineState.Overdue => "已逾期",
        _ => "进行中",
    };

    private static string Verdict(MajorityVerdict verdict) => verdict switch
    {
        MajorityVerdict.MostlyDissatisfied => "多数不满意，需补课",
        MajorityVerdict.InsufficientResponse => "答复不足",
        _ => "未达多数不满意",
    };

    private static string Kind(MeetingKind kind) => kind switch
    {
        MeetingKind.DemocraticLifeMeeting => "专题民主生活会",
        MeetingKind.OrganisationalLifeMeeting => "专题组织生活会",
        MeetingKind.LeadershipGroupMeeting => "领导小组会议",
        MeetingKind.BranchMeeting => "支部会议",
        MeetingKind.ClosingConference => "总结大会",
        _ => "校领导指导",
    };

    /// <summary>A figure (count, date, rate): centred in its cell.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^[0-9.%—\-]+$")]
    private static partial System.Text.RegularExpressions.Regex Figure();
}
