using RectifyBot.Core.Mechanisms;
using RectifyBot.Core.Roster.Demo;
using RectifyBot.Documents.Mechanisms;
using RectifyBot.Documents.Tables;

namespace RectifyBot.Documents.Tests.Mechanisms;

/// <summary>
/// 长效机制.xlsx read back: the summary counts, for each mechanism, the units not established, in progress and
/// established — the same figures as the office's overview — and the detail lists every unit's five.
/// </summary>
public sealed class MechanismWorkbookTests
{
    [Fact]
    public void The_summary_counts_each_mechanisms_units_by_status_as_the_overview_does_and_the_detail_lists_every_unit()
    {
        var at = new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);
        var recorded = UnitMechanisms.Kinds.Select(k => new Mechanism(DemoRoster.HospitalGeneralBranch, k, MechanismStatus.Established, "制度" + k, null) { ChangedByNumber = "400001", ChangedAt = at })
            .Append(new Mechanism(DemoRoster.ComputingCommittee, MechanismKind.Learning, MechanismStatus.InProgress, "学习制度（草案）", "https://dangjian.example.edu.cn/1") { ChangedByNumber = "200001", ChangedAt = at });
        var overview = MechanismOverview.Of(new DateOnly(2026, 12, 20), DemoRoster.Create(), recorded);

        var sheets = TabularFile.Read(MechanismWorkbook.Write(overview), MechanismWorkbook.FileName(overview)).Sheets;

        Assert.Equal([MechanismWorkbook.SummarySheet, MechanismWorkbook.DetailSheet], sheets.Select(s => s.Name));
        Assert.Equal(MechanismWorkbook.SummaryHeader, sheets[0].Rows[0].Cells);
        Assert.Equal(
            [["学习机制", "2", "1", "1", "4"], ["管理机制", "3", "0", "1", "4"], ["服务群众机制", "3", "0", "1", "4"], ["党内生活机制", "3", "0", "1", "4"], ["工作责任机制", "3", "0", "1", "4"]],
            sheets[0].Rows.Skip(1).Select(r => r.Cells.ToArray()));
        Assert.Equal(UnitMechanisms.Kinds.Select(k => overview.MissingCount(k).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            sheets[0].Rows.Skip(1).Select(r => (int.Parse(r.Cells[1], System.Globalization.CultureInfo.InvariantCulture) + int.Parse(r.Cells[2], System.Globalization.CultureInfo.InvariantCulture)).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(4 * 5 + 1, sheets[1].Rows.Count);
        Assert.Contains(sheets[1].Rows, r => r.Cells.SequenceEqual([DemoRoster.ComputingCommittee, "计算机学院党委", "学习机制", "建立中", "学习制度（草案）", "https://dangjian.example.edu.cn/1", "200001", "2026-12-01 10:00"]));
        Assert.Equal("长效机制-20261220.xlsx", MechanismWorkbook.FileName(overview));
    }
}
