using System.Globalization;
using RectifyBot.Core.Reviews;
using RectifyBot.Core.Roster;
using RectifyBot.Documents.Spreadsheets;

namespace RectifyBot.Documents.Roster;

/// <summary>
/// The roster-health report as the office's Excel file: one row per finding, Chinese headers (the office's working
/// language for exported files), people by number and name, units by code and name.
/// </summary>
public static class RosterHealthWorkbook
{
    public const string SheetName = "名册检查";

    public static IReadOnlyList<string> Header { get; } = ["问题", "单位编码", "单位名称", "工号/学号", "姓名", "说明"];

    public static byte[] Write(RosterCheckResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return TextWorkbook.Write([new TextSheet(SheetName, Header, Rows(result))]);
    }

    public static IReadOnlyList<IReadOnlyList<string>> Rows(RosterCheckResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var roster = result.Roster;
        var report = result.Report;
        var rows = new List<IReadOnlyList<string>>();
        IReadOnlyList<string> Unit(string finding, string? code, string note = "") =>
            [finding, code ?? "", roster.Unit(code)?.Name ?? "", "", "", note];
        IReadOnlyList<string> Person(string finding, string number, string note = "")
        {
            var person = roster.Person(number);
            return [finding, person?.PartyUnitCode ?? "", roster.Unit(person?.PartyUnitCode)?.Name ?? "", number, person?.Name ?? "", note];
        }

        rows.AddRange(report.BranchesWithoutSecretary.Select(code => Unit("支部无书记", code)));
        rows.AddRange(report.BranchesWithoutCommittee.Select(code => Unit("支部无支委", code)));
        rows.AddRange(report.SeniorClassesWithoutBranch.Select(c => (IReadOnlyList<string>)
            ["高年级班级应建班级党支部", "", "", "", "", string.Create(CultureInfo.InvariantCulture, $"{c.ClassName}：正式党员 {c.FullMemberNumbers.Count} 名")]));
        rows.AddRange(report.RoutingFallbacks.SelectMany(f => f.AuthorNumbers.Select(number => Person("审核转校先进办", number, FallbackNote(f.Reason)))));
        rows.AddRange(report.WeakBranches.Select(flag => Unit("软弱涣散", flag.UnitCode, string.Create(CultureInfo.InvariantCulture, $"{flag.Reason}（{flag.FlaggedBy} 于 {flag.FlaggedAt.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd} 标记）"))));
        rows.AddRange(report.PeopleNotReachable.Select(number => Person("机器人还联系不上", number, "未绑定 Teams 账号或从未打开机器人")));
        rows.AddRange(report.TeamsUsersNotInRoster.Select(user => (IReadOnlyList<string>)["不在名册中的 Teams 用户", "", "", "", "", user]));
        return rows;
    }

    private static string FallbackNote(RouteFallbackReason reason) => reason switch
    {
        RouteFallbackReason.NoPrincipalLeader => "本级党委（党总支）无主要负责人",
        RouteFallbackReason.NoLiaison => "无联系该单位的校领导",
        RouteFallbackReason.EmptyBranchCommittee => "支部委员会无其他成员",
        RouteFallbackReason.NoHead => "本单位无正职",
        RouteFallbackReason.NoUniversityPrincipalLeader => "校党委无主要负责同志",
        RouteFallbackReason.UnknownUnit => "所在单位不在名册中",
        _ => reason.ToString(),
    };
}
