using RectifyBot.Core.Ledger.Views;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Stages;
using RectifyBot.Documents.Spreadsheets;

namespace RectifyBot.Documents.Ledger;

/// <summary>
/// A ledger view as the Excel file "整改台帐.xlsx": the summary sheet (汇总) with a row per unit of the view (the same
/// rolled-up figures as the card) and the detail sheet (台帐明细) with a row per entry. Chinese headers (the office's
/// working language for exported files), dates as real Excel dates in China Standard Time, and no problem or measure
/// text: the view shows status only (DOMAIN.md "Who sees what").
/// </summary>
public static class LedgerWorkbook
{
    public const string FileName = "整改台帐.xlsx";

    public const string SummarySheet = "汇总";

    public const string EntriesSheet = "台帐明细";

    public static IReadOnlyList<string> SummaryHeader { get; } =
        ["单位编码", "单位名称", "台帐总数", "进行中", "已逾期", "按期完成", "逾期完成", "完成率", "党员数", "已提交整改措施", "提交率"];

    public static IReadOnlyList<string> EntriesHeader { get; } =
        ["台帐编号", "汇总单位编码", "汇总单位", "党组织", "责任部门", "责任人工号", "责任人", "问题类别", "整改方式", "整改时限", "状态", "逾期天数", "完成时间", "建立时间"];

    public static byte[] Write(LedgerView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return Workbooks.Write(
        [
            new DataSheet(SummarySheet, SummaryHeader, [.. view.Units.Select(Summary)]),
            new DataSheet(EntriesSheet, EntriesHeader, [.. view.Lines.Select(l => Entry(l, view))]),
        ]);
    }

    public static string StateName(LedgerLineState state) => state switch
    {
        LedgerLineState.InProgress => "进行中",
        LedgerLineState.Overdue => "已逾期",
        LedgerLineState.DoneOnTime => "按期完成",
        _ => "逾期完成",
    };

    private static IReadOnlyList<SheetCell> Summary(LedgerUnitSummary unit) =>
    [
        SheetCell.Of(unit.UnitCode), SheetCell.Of(unit.UnitName), SheetCell.Of(unit.Total), SheetCell.Of(unit.InProgress),
        SheetCell.Of(unit.Overdue), SheetCell.Of(unit.DoneOnTime), SheetCell.Of(unit.DoneLate), SheetCell.Percent(unit.CompletionRate),
        SheetCell.Of(unit.Members), SheetCell.Of(unit.Submitted), SheetCell.Percent(unit.Coverage),
    ];

    private static IReadOnlyList<SheetCell> Entry(LedgerViewLine line, LedgerView view)
    {
        var entry = line.Line;
        return
        [
            SheetCell.Of(entry.EntryId),
            SheetCell.Of(line.RowUnitCode),
            SheetCell.Of(view.Units.FirstOrDefault(u => u.UnitCode == line.RowUnitCode)?.UnitName ?? line.RowUnitCode),
            SheetCell.Of(line.UnitName),
            SheetCell.Of(line.DepartmentName),
            SheetCell.Of(entry.OwnerNumber),
            SheetCell.Of(line.OwnerName),
            SheetCell.Of(AreaName(entry.Area)),
            SheetCell.Of(entry.Handling == HandlingKind.FixNow ? "立即整改" : "暂不具备条件，逐步整改"),
            SheetCell.Of(entry.Deadline),
            SheetCell.Of(StateName(line.State)),
            SheetCell.Of(line.DaysOverdue),
            entry.CompletedAt is { } done ? SheetCell.Of(ChinaTime.ToChinaTime(done).DateTime) : SheetCell.Empty,
            SheetCell.Of(ChinaTime.ToChinaTime(entry.CreatedAt).DateTime),
        ];
    }

    private static string AreaName(ProblemArea area) => area switch
    {
        ProblemArea.Thought => "思想",
        ProblemArea.Work => "工作",
        ProblemArea.Style => "作风",
        ProblemArea.Discipline => "纪律",
        ProblemArea.LeadershipStyle => "领导作风",
        ProblemArea.ServingMasses => "服务群众",
        _ => "从严治党",
    };
}
