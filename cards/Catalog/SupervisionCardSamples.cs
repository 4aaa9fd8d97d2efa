using System.Globalization;
using RectifyBot.Cards.Model;
using RectifyBot.Cards.Supervision;
using RectifyBot.Core.Ledger;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Supervision;
using RectifyBot.Core.Supervision.Bulletins;

namespace RectifyBot.Cards.Catalog;

/// <summary>Samples for supervision's cards: a realistic morning digest, and 5,000 items with the longest titles.</summary>
internal static class SupervisionCardSamples
{
    private static readonly DateOnly Day = new(2026, 12, 14);

    public static AdaptiveCard Digest(UserLanguage language) => DigestCard.Build(language, new DigestView(Day,
    [
        new DigestLine(ObligationKinds.LedgerDeadline, ReminderKind.Overdue, "理论学习不够深入，学用结合不紧", new DateOnly(2026, 12, 10), null) { EntryId = "200022|v1|p0" },
        new DigestLine(ObligationKinds.LedgerDeadline, ReminderKind.Escalation, "请假手续不全", new DateOnly(2026, 12, 10), "张伟"),
        new DigestLine(ObligationKinds.LedgerDeadline, ReminderKind.DueSoon, "联系服务群众不够主动", new DateOnly(2026, 12, 21), null),
        new DigestLine(ObligationKinds.LedgerMilestone, ReminderKind.Milestone, "实验室安全制度修订", new DateOnly(2027, 3, 1), null),
        new DigestLine(ObligationKinds.ReviewPending, ReminderKind.Overdue, "李娜", new DateOnly(2026, 12, 11), null),
        new DigestLine(ObligationKinds.MeasuresNotSubmitted, ReminderKind.DueSoon, "王强", new DateOnly(2026, 12, 15), null),
        new DigestLine(ObligationKinds.FilingNotAcknowledged, ReminderKind.Overdue, "教工第一党支部", new DateOnly(2026, 12, 12), null) { OpensUnitPlans = true },
        new DigestLine(ObligationKinds.MechanismMissing, ReminderKind.DueSoon, "计算机学院党委 · 学习机制", new DateOnly(2026, 12, 31), null),
        new DigestLine(ObligationKinds.BranchBuilding, ReminderKind.Escalation, "文学院研究生党支部 · 支部无书记", new DateOnly(2026, 12, 31), "林芳"),
    ], 20));

    public static AdaptiveCard DigestMaximum(UserLanguage language) => DigestCard.Build(language, new DigestView(Day,
        [.. Enumerable.Range(0, 5000).Select(i => new DigestLine(
            ObligationKinds.LedgerDeadline, (ReminderKind)(i % 4), SampleText.Marked(i.ToString(CultureInfo.InvariantCulture), 2000), Day.AddDays(i % 30), new string('名', 30))
        {
            EntryId = "plan|" + new string('9', 20) + "|v99|i" + i.ToString(CultureInfo.InvariantCulture),
        })],
        20));

    public static AdaptiveCard Bulletin(UserLanguage language) => BulletinCard.Build(language, new UnitBulletin(
        "HP-JSJ", "计算机学院党委", Day, IsConsolidation: false, new BulletinFigures(40, 52, 3), new BulletinFigures(31, 60, 4),
        [.. Enumerable.Range(0, 3).Select(i => Entry(i, "实验室安全检查记录不全"))]), n => "张伟");

    /// <summary>Consolidation period, 10 overdue entries with 2,000-character problems and the longest unit name.</summary>
    public static AdaptiveCard BulletinMaximum(UserLanguage language) => BulletinCard.Build(language, new UnitBulletin(
        "HP-JSJ", new string('院', 60), Day, IsConsolidation: true, new BulletinFigures(99_999, 99_999, 99_999), null,
        [.. Enumerable.Range(0, WeeklyBulletins.OverdueListed).Select(i => Entry(i, SampleText.Marked(i.ToString(CultureInfo.InvariantCulture), 2000)))]), n => new string('名', 30));

    private static LedgerEntry Entry(int i, string problem) => new()
    {
        Id = LedgerEntry.MeasureEntryId("200022", 1, i),
        Source = LedgerSource.Measure,
        OwnerNumber = "200022",
        ResponsiblePersonNumber = "200022",
        ApprovedByNumber = "200020",
        Deadline = Day.AddDays(-10 + i),
        Handling = HandlingKind.FixNow,
        Area = ProblemArea.Work,
        Problem = problem,
        Measures = "—",
        CreatedAt = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero),
    };
}
