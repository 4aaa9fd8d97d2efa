using RectifyBot.Cards.Model;
using RectifyBot.Cards.Supervision;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Supervision;

namespace RectifyBot.Cards.Catalog;

/// <summary>Samples for supervision's cards: a realistic morning digest, and 5,000 items with the longest titles.</summary>
internal static class SupervisionCardSamples
{
    private static readonly DateOnly Day = new(2026, 12, 14);

    public static AdaptiveCard Digest(UserLanguage language) => DigestCard.Build(language, new DigestView(Day,
    [
        new DigestLine(ObligationKinds.LedgerDeadline, ReminderKind.Overdue, "理论学习不够深入，学用结合不紧", new DateOnly(2026, 12, 10), null),
        new DigestLine(ObligationKinds.LedgerDeadline, ReminderKind.Escalation, "请假手续不全", new DateOnly(2026, 12, 10), "张伟"),
        new DigestLine(ObligationKinds.LedgerDeadline, ReminderKind.DueSoon, "联系服务群众不够主动", new DateOnly(2026, 12, 21), null),
        new DigestLine(ObligationKinds.LedgerMilestone, ReminderKind.Milestone, "实验室安全制度修订", new DateOnly(2027, 3, 1), null),
        new DigestLine(ObligationKinds.ReviewPending, ReminderKind.Overdue, "李娜", new DateOnly(2026, 12, 11), null),
        new DigestLine(ObligationKinds.MeasuresNotSubmitted, ReminderKind.DueSoon, "王强", new DateOnly(2026, 12, 15), null),
    ], 20));

    public static AdaptiveCard DigestMaximum(UserLanguage language) => DigestCard.Build(language, new DigestView(Day,
        [.. Enumerable.Range(0, 5000).Select(i => new DigestLine(
            ObligationKinds.LedgerDeadline, (ReminderKind)(i % 4), SampleText.Marked(i.ToString(System.Globalization.CultureInfo.InvariantCulture), 2000), Day.AddDays(i % 30), new string('名', 30)))],
        20));
}
