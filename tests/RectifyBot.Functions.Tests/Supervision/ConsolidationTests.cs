using Microsoft.Extensions.DependencyInjection;
using RectifyBot.Core.Ledger;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Stages;
using RectifyBot.Core.Supervision;
using RectifyBot.Testing.Storage;
using static RectifyBot.Functions.Tests.Supervision.SupervisionWorld;

namespace RectifyBot.Functions.Tests.Supervision;

/// <summary>
/// Consolidation (巩固和扩大整改成果, DOMAIN.md §8–10): supervision goes on after the stage ends — reminders, escalations
/// and weekly bulletins that say it is the consolidation period — and stops once consolidation has ended. Simulated
/// day by day on Azurite across both boundaries: stage end 2026-12-31, consolidation end 2027-03-01 (a Monday).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ConsolidationTests(AzuriteFixture azurite)
{
    private const string Office = "O900";

    [Fact]
    public async Task Reminders_escalations_and_bulletins_go_on_through_consolidation_flagged_as_such_and_stop_after_it()
    {
        await using var world = await CreateAsync(azurite, D(2026, 12, 28), [Member(Office, "办公室", Committee, new PositionHolding(Position.OfficeStaff))]);
        var li = await world.ApproveAsync(LiNa, D(2026, 12, 30));
        var zhang = await world.ApproveAsync(ZhangWei, D(2027, 1, 20));

        for (var day = D(2026, 12, 28); day <= D(2027, 3, 15); day = day.AddDays(1))
        {
            await world.DayAsync(day);
            if (day.DayOfWeek == DayOfWeek.Monday)
            {
                await world.BulletinsAsync(day);
            }

            if (day == D(2027, 1, 5))
            {
                // Noon: 李娜 reports her entry done, in consolidation.
                world.MoveTo(ChinaTime.StartOfDayUtc(day).AddHours(12));
                var roster = await world.Services.GetRequiredService<IRosterRepository>().LoadCurrentAsync();
                await ActivatorUtilities.CreateInstance<LedgerProgress>(world.Services).NoteAsync(roster.Person(LiNa)!, li.Id, "已整改完毕", null, complete: true);
            }
        }

        var expected = new List<(string, DateOnly, string)>();
        void Expect(string recipient, string kind, string subject, ReminderKind reminder, params DateOnly[] days) =>
            expected.AddRange(days.Select(d => (recipient, d, Key(kind, subject, reminder, d))));

        // 李娜, due 12-30: reminded before the stage ends, escalated after it (4th day late), quiet once done (01-05).
        Expect(LiNa, ObligationKinds.LedgerDeadline, li.Id, ReminderKind.DueSoon, D(2026, 12, 29));
        Expect(LiNa, ObligationKinds.LedgerDeadline, li.Id, ReminderKind.Overdue, D(2026, 12, 31));
        Expect(Reviewer, ObligationKinds.LedgerDeadline, li.Id, ReminderKind.Escalation, D(2027, 1, 3));
        Expect(Leader, ObligationKinds.LedgerDeadline, li.Id, ReminderKind.Escalation, D(2027, 1, 3));

        // 张伟, due in consolidation (01-20): the whole cycle inside it, weekly overdue until consolidation ends (03-01).
        Expect(ZhangWei, ObligationKinds.LedgerDeadline, zhang.Id, ReminderKind.DueSoon, D(2027, 1, 13), D(2027, 1, 19));
        Expect(ZhangWei, ObligationKinds.LedgerDeadline, zhang.Id, ReminderKind.Overdue, D(2027, 1, 21), D(2027, 1, 28), D(2027, 2, 4), D(2027, 2, 11), D(2027, 2, 18), D(2027, 2, 25));
        Expect(Reviewer, ObligationKinds.LedgerDeadline, zhang.Id, ReminderKind.Escalation, D(2027, 1, 24));
        Expect(Leader, ObligationKinds.LedgerDeadline, zhang.Id, ReminderKind.Escalation, D(2027, 1, 24));

        // 赵强 never submitted (due 12-01): weekly on both sides of the stage end, never after consolidation (03-03 would be next).
        Expect(ZhaoQiang, ObligationKinds.MeasuresNotSubmitted, ZhaoQiang, ReminderKind.Overdue,
            D(2026, 12, 30), D(2027, 1, 6), D(2027, 1, 13), D(2027, 1, 20), D(2027, 1, 27), D(2027, 2, 3), D(2027, 2, 10), D(2027, 2, 17), D(2027, 2, 24));

        // 计算机学院党委 never submits its summary report (due at the stage end, 12-31): its principal leader is reminded
        // before it and weekly through consolidation, the office hears once; nothing after consolidation.
        Expect(Leader, ObligationKinds.SummaryReportNotSubmitted, Committee, ReminderKind.DueSoon, D(2026, 12, 30));
        Expect(Leader, ObligationKinds.SummaryReportNotSubmitted, Committee, ReminderKind.Overdue,
            D(2027, 1, 1), D(2027, 1, 8), D(2027, 1, 15), D(2027, 1, 22), D(2027, 1, 29), D(2027, 2, 5), D(2027, 2, 12), D(2027, 2, 19), D(2027, 2, 26));
        Expect(Office, ObligationKinds.SummaryReportNotSubmitted, Committee, ReminderKind.Escalation, D(2027, 1, 4));

        var sent = world.Sent();
        string[] tracked = [ObligationKinds.LedgerDeadline, ObligationKinds.MeasuresNotSubmitted, ObligationKinds.SummaryReportNotSubmitted];
        Assert.Equal(expected.Order(), sent.Where(s => tracked.Contains(s.Key.Split('|')[0])).Order());
        Assert.DoesNotContain(sent, s => s.Day > Stage.ConsolidationEnd);

        // The committee's missing long-term mechanisms (due at the stage end) are chased on both sides of it, until consolidation ends.
        var mechanisms = sent.Where(s => s.Key.StartsWith(ObligationKinds.MechanismMissing + "|", StringComparison.Ordinal)).ToList();
        Assert.Contains(mechanisms, s => s.Day <= Stage.StageEnd);
        Assert.Contains(mechanisms, s => s.Day > Stage.StageEnd && s.Key.Contains(nameof(ReminderKind.Overdue), StringComparison.Ordinal));

        // Bulletins: Mondays to the consolidation end inclusive, flagged from the first Monday after the stage end.
        var bulletins = world.Cards.Bulletins.Where(b => b.Recipient == Leader).Select(b => b.Bulletin).OrderBy(b => b.Week).ToList();
        var mondays = Enumerable.Range(0, 10).Select(w => D(2026, 12, 28).AddDays(7 * w)).ToList();
        Assert.Equal(mondays, bulletins.Select(b => b.Week));
        Assert.Equal(D(2027, 3, 1), mondays[^1]);
        Assert.Equal([false, true, true, true, true, true, true, true, true, true], bulletins.Select(b => b.IsConsolidation));
        Assert.Empty(bulletins[0].Overdue);
        Assert.Equal([li.Id], bulletins[1].Overdue.Select(e => e.Id));
        Assert.Equal(1, bulletins[2].Figures.Done);
        Assert.Equal([zhang.Id], bulletins[^1].Overdue.Select(e => e.Id));
        Assert.Equal(bulletins.Count, world.Cards.Bulletins.Count(b => b.Recipient == Office));
    }
}
