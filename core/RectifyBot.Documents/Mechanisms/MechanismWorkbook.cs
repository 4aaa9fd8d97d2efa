using RectifyBot.Core.Mechanisms;
using RectifyBot.Core.Stages;
using RectifyBot.Documents.Spreadsheets;

namespace RectifyBot.Documents.Mechanisms;

/// <summary>
/// The office's overview of long-term mechanisms as "长效机制.xlsx": the summary sheet (汇总) with a row per mechanism
/// (units not established, in progress, established), and the detail sheet (明细) with a row per unit and mechanism,
/// every unit listed (the card shows the first ones). Chinese headers, text cells, times in China Standard Time.
/// </summary>
public static class MechanismWorkbook
{
    public const string SummarySheet = "汇总";

    public const string DetailSheet = "明细";

    public static IReadOnlyList<string> SummaryHeader { get; } = ["长效机制", "未建立", "建立中", "已建立", "单位总数"];

    public static IReadOnlyList<string> DetailHeader { get; } = ["单位编码", "单位名称", "长效机制", "建立情况", "制度或文件", "链接", "填写人工号", "填写时间"];

    public static string FileName(MechanismOverview overview)
    {
        ArgumentNullException.ThrowIfNull(overview);
        return $"长效机制-{overview.Today:yyyyMMdd}.xlsx";
    }

    public static byte[] Write(MechanismOverview overview) =>
        TextWorkbook.Write([new TextSheet(SummarySheet, SummaryHeader, SummaryRows(overview)), new TextSheet(DetailSheet, DetailHeader, DetailRows(overview))]);

    public static IReadOnlyList<IReadOnlyList<string>> SummaryRows(MechanismOverview overview)
    {
        ArgumentNullException.ThrowIfNull(overview);
        string Count(MechanismKind kind, MechanismStatus status) =>
            overview.Units.Count(u => u.Mechanisms.For(kind).Status == status).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return [.. UnitMechanisms.Kinds.Select(k => (IReadOnlyList<string>)
            [MechanismNames.Chinese(k), Count(k, MechanismStatus.NotEstablished), Count(k, MechanismStatus.InProgress), Count(k, MechanismStatus.Established),
             overview.Units.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)])];
    }

    public static IReadOnlyList<IReadOnlyList<string>> DetailRows(MechanismOverview overview)
    {
        ArgumentNullException.ThrowIfNull(overview);
        return [.. overview.Units.SelectMany(u => u.Mechanisms.All.Select(m => (IReadOnlyList<string>)
            [u.Unit.Code, u.Unit.Name, MechanismNames.Chinese(m.Kind), MechanismNames.Chinese(m.Status), m.Document ?? "", m.Link ?? "", m.ChangedByNumber ?? "",
             m.ChangedAt is { } at ? ChinaTime.ToChinaTime(at).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) : ""]))];
    }
}
