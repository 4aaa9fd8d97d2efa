using Microsoft.Extensions.DependencyInjection;
using RectifyBot.Core.Delivery;
using RectifyBot.Core.Ledger;
using RectifyBot.Core.Measures;
using RectifyBot.Core.Mechanisms;
using RectifyBot.Core.Stages;
using RectifyBot.Core.Supervision;
using RectifyBot.Core.Supervision.Sources;
using RectifyBot.Testing.Storage;
using static RectifyBot.Functions.Tests.Supervision.SupervisionWorld;

namespace RectifyBot.Functions.Tests.Supervision;

/// <summary>
/// Weeks of simulated time on Azurite, run as the schedules run them (reconciliation at 02:00 CST, reminders at 09:00
/// CST): every reminder, escalation and milestone on the right China Standard Time day, across a deadline change and
/// the end of the stage; reruns, catch-up runs and crashes send nothing twice and miss nothing.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class SupervisionRemindersTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Two_months_of_days_send_each_reminder_and_escalation_once_on_its_China_time_day_through_a_deadline_change_and_the_stage_end()
    {
        await using var world = await CreateAsync(azurite, D(2026, 11, 20));
        var zhang = await world.ApproveAsync(ZhangWei, D(2026, 12, 20));
        var li = await world.ApproveAsync(LiNa, D(2027, 2, 20), HandlingKind.CannotFixYet, D(2027, 1, 15));

        for (var day = D(2026, 11, 20); day <= D(2027, 1, 20); day = day.AddDays(1))
        {
            await world.DayAsync(day);
            if (day == D(2026, 12, 1))
            {
                // Noon: 李娜 submits a new version, which waits for 王委员.
                world.MoveTo(ChinaTime.StartOfDayUtc(day).AddHours(12));
                await world.SubmitAsync(LiNa);
            }

            if (day == D(2026, 12, 10))
            {
                // Afternoon: 张伟's deadline moves from 12-20 to 12-27; the reminders of the old one must not come.
                world.MoveTo(ChinaTime.StartOfDayUtc(day).AddHours(15));
                await world.ChangeDeadlineAsync(ZhangWei, zhang.Id, D(2026, 12, 27));
            }
        }

        var review = $"{LiNa}|v3";
        var expected = new List<(string, DateOnly, string)>();
        void Expect(string recipient, string kind, string subject, ReminderKind reminder, params DateOnly[] days) =>
            expected.AddRange(days.Select(d => (recipient, d, Key(kind, subject, reminder, d))));

        // 赵强 never submits (due 12-01): 7 and 1 days before, the first day after, then weekly — also in consolidation.
        Expect(ZhaoQiang, ObligationKinds.MeasuresNotSubmitted, ZhaoQiang, ReminderKind.DueSoon, D(2026, 11, 24), D(2026, 11, 30));
        Expect(ZhaoQiang, ObligationKinds.MeasuresNotSubmitted, ZhaoQiang, ReminderKind.Overdue,
            D(2026, 12, 2), D(2026, 12, 9), D(2026, 12, 16), D(2026, 12, 23), D(2026, 12, 30), D(2027, 1, 6), D(2027, 1, 13), D(2027, 1, 20));
        Expect(Leader, ObligationKinds.MeasuresNotSubmitted, ZhaoQiang, ReminderKind.Escalation, D(2026, 12, 5));

        // 计算机学院党委 never records its long-term mechanisms (due at the stage's end, 12-31): its principal leader is
        // chased for each of the five; the university committee above it escalates to the office, which this world lacks.
        foreach (var mechanism in UnitMechanisms.Kinds)
        {
            var subject = MissingMechanismsSource.SubjectId(Committee, mechanism);
            Expect(Leader, ObligationKinds.MechanismMissing, subject, ReminderKind.DueSoon, D(2026, 12, 24), D(2026, 12, 30));
            Expect(Leader, ObligationKinds.MechanismMissing, subject, ReminderKind.Overdue, D(2027, 1, 1), D(2027, 1, 8), D(2027, 1, 15));
        }

        // Its branch 教工第一支部 has a committee member but no secretary (branch building, due at the stage's end too).
        Expect(Leader, ObligationKinds.BranchBuilding, "NoSecretary|" + Branch, ReminderKind.DueSoon, D(2026, 12, 24), D(2026, 12, 30));
        Expect(Leader, ObligationKinds.BranchBuilding, "NoSecretary|" + Branch, ReminderKind.Overdue, D(2027, 1, 1), D(2027, 1, 8), D(2027, 1, 15));

        // 张伟's entry, deadline moved to 12-27 on 12-10: nothing on 12-13 or 12-19 (the old deadline's days).
        Expect(ZhangWei, ObligationKinds.LedgerDeadline, zhang.Id, ReminderKind.DueSoon, D(2026, 12, 20), D(2026, 12, 26));
        Expect(ZhangWei, ObligationKinds.LedgerDeadline, zhang.Id, ReminderKind.Overdue, D(2026, 12, 28), D(2027, 1, 4), D(2027, 1, 11), D(2027, 1, 18));
        Expect(Reviewer, ObligationKinds.LedgerDeadline, zhang.Id, ReminderKind.Escalation, D(2026, 12, 31));
        Expect(Leader, ObligationKinds.LedgerDeadline, zhang.Id, ReminderKind.Escalation, D(2026, 12, 31));

        // 李娜's "cannot fix yet" entry: its milestone, after the stage has ended.
        Expect(LiNa, ObligationKinds.LedgerMilestone, li.Id, ReminderKind.Milestone, D(2027, 1, 15));

        // Her new version waits for 王委员 from 12-01: chased after 3 days, then weekly.
        Expect(Reviewer, ObligationKinds.ReviewPending, review, ReminderKind.Overdue,
            D(2026, 12, 5), D(2026, 12, 12), D(2026, 12, 19), D(2026, 12, 26), D(2027, 1, 2), D(2027, 1, 9), D(2027, 1, 16));

        // 计算机学院党委 has not submitted its summary report (due at the stage end, 12-31): its principal leader is chased
        // (the world has no office to escalate to).
        Expect(Leader, ObligationKinds.SummaryReportNotSubmitted, Committee, ReminderKind.DueSoon, D(2026, 12, 24), D(2026, 12, 30));
        Expect(Leader, ObligationKinds.SummaryReportNotSubmitted, Committee, ReminderKind.Overdue, D(2027, 1, 1), D(2027, 1, 8), D(2027, 1, 15));

        var sent = world.Sent();
        Assert.Equal(expected.Order(), sent.Order());
        Assert.Equal(sent.Count, sent.Distinct().Count());
        Assert.All(world.Cards.Rendered.GroupBy(r => (r.Recipient, r.Day)), g => Assert.Single(g));
        Assert.Equal(world.Cards.Rendered.Count, world.Queue.Enqueued.Distinct().Count());
    }

    [Fact]
    public async Task A_missed_day_is_caught_up_by_the_past_due_run_and_a_rerun_sends_nothing_more()
    {
        await using var world = await CreateAsync(azurite, D(2026, 12, 11));
        var entry = await world.ApproveAsync(ZhangWei, D(2026, 12, 20));

        await world.DayAsync(D(2026, 12, 11));
        await world.DayAsync(D(2026, 12, 12));
        // 12-13: the host is down; the due-soon reminder of the day is not sent.
        await world.ReconcileAsync(D(2026, 12, 14));
        await world.RemindAsync(D(2026, 12, 14), isPastDue: true);
        await world.RemindAsync(D(2026, 12, 14));
        await world.RemindAsync(D(2026, 12, 14));

        var mine = world.Sent().Where(s => s.Recipient == ZhangWei).ToList();
        Assert.Equal([(ZhangWei, D(2026, 12, 14), Key(ObligationKinds.LedgerDeadline, entry.Id, ReminderKind.DueSoon, D(2026, 12, 13)))], mine);

        await world.DayAsync(D(2026, 12, 19));
        await world.RemindAsync(D(2026, 12, 19));
        Assert.Equal(2, world.Sent().Count(s => s.Recipient == ZhangWei));
    }

    [Fact]
    public async Task A_crash_after_five_digests_then_a_rerun_gives_every_owner_exactly_one_digest()
    {
        var owners = Enumerable.Range(0, 12).Select(i => Member($"X{i:D3}", $"成员{i}")).ToList();
        await using var world = await CreateAsync(azurite, D(2026, 12, 12), owners);
        foreach (var owner in owners)
        {
            await world.ApproveAsync(owner.Number, D(2026, 12, 20));
        }

        await world.ReconcileAsync(D(2026, 12, 13));
        world.MoveTo(ChinaTime.StartOfDayUtc(D(2026, 12, 13)).AddHours(9));
        var log = world.Services.GetRequiredService<IReminderLog>();
        var crashing = ActivatorUtilities.CreateInstance<SupervisionSweep>(world.Services, new CrashingReminderLog(log, 5));
        await Assert.ThrowsAsync<InvalidOperationException>(() => crashing.RunAsync());
        Assert.Equal(5, world.Queue.Enqueued.Count);

        await world.RemindAsync(D(2026, 12, 13));
        await world.RemindAsync(D(2026, 12, 13));

        var outbox = world.Services.GetRequiredService<IOutbox>();
        foreach (var owner in owners)
        {
            Assert.NotNull(await outbox.FindAsync(log.DigestId(owner.Number, D(2026, 12, 13), 0)));
            Assert.Null(await outbox.FindAsync(log.DigestId(owner.Number, D(2026, 12, 13), 1)));
        }

        Assert.Equal(owners.Select(o => o.Number).Order(), world.Queue.Enqueued.Select(id => id.PartitionKey).Order());
    }

    [Fact]
    public async Task An_index_row_written_before_a_transition_that_never_saved_is_dropped_as_stale_and_sends_nothing()
    {
        await using var world = await CreateAsync(azurite, D(2026, 12, 5));
        var ghost = new LedgerEntry
        {
            Id = LedgerEntry.MeasureEntryId(ZhangWei, 9, 0),
            Source = LedgerSource.Measure,
            OwnerNumber = ZhangWei,
            ResponsiblePersonNumber = ZhangWei,
            ApprovedByNumber = Reviewer,
            Deadline = D(2026, 12, 14),
            Handling = HandlingKind.FixNow,
            Area = ProblemArea.Work,
            Problem = "从未保存",
            Measures = "—",
            CreatedAt = world.Clock.GetUtcNow(),
        };
        // The process dies after the index write, before the entry's transaction.
        await world.Services.GetRequiredService<SupervisionIndexing>().BeforeSaveAsync(new MeasureChange { AuthorNumber = ZhangWei, Entries = [ghost] });
        var index = world.Services.GetRequiredService<IDueIndex>();
        Assert.Single(await index.ReadAsync(D(2026, 12, 7), D(2026, 12, 7)).ToListAsync());

        for (var day = D(2026, 12, 5); day <= D(2026, 12, 16); day = day.AddDays(1))
        {
            await world.DayAsync(day);
        }

        Assert.DoesNotContain(world.Sent(), s => s.Key.Contains(ghost.Id, StringComparison.Ordinal));
        Assert.Empty(await index.ReadAllAsync().Where(r => r.SubjectId == ghost.Id).ToListAsync());
    }

    [Fact]
    public async Task An_entry_whose_index_row_was_lost_is_restored_by_the_nightly_reconciliation_in_time()
    {
        await using var world = await CreateAsync(azurite, D(2026, 12, 10));
        var entry = await world.ApproveAsync(ZhangWei, D(2026, 12, 20));
        var index = world.Services.GetRequiredService<IDueIndex>();
        var rows = await index.ReadAllAsync().Where(r => r.SubjectId == entry.Id).ToListAsync();
        Assert.Equal([new DueIndexRow(D(2026, 12, 13), ObligationKinds.LedgerDeadline, entry.Id)], rows);
        await index.DeleteAsync(rows);

        for (var day = D(2026, 12, 11); day <= D(2026, 12, 13); day = day.AddDays(1))
        {
            await world.DayAsync(day);
        }

        Assert.Contains((ZhangWei, D(2026, 12, 13), Key(ObligationKinds.LedgerDeadline, entry.Id, ReminderKind.DueSoon, D(2026, 12, 13))), world.Sent());
    }

    [Fact]
    public async Task A_done_entry_is_not_chased()
    {
        await using var world = await CreateAsync(azurite, D(2026, 12, 10));
        var entry = await world.ApproveAsync(ZhangWei, D(2026, 12, 20));
        var progress = ActivatorUtilities.CreateInstance<LedgerProgress>(world.Services);
        var roster = await world.Services.GetRequiredService<Core.Roster.IRosterRepository>().LoadCurrentAsync();
        Assert.Equal(LedgerProgressResult.Completed, (await progress.NoteAsync(roster.Person(ZhangWei)!, entry.Id, "已完成", null, complete: true)).Result);

        for (var day = D(2026, 12, 10); day <= D(2026, 12, 28); day = day.AddDays(1))
        {
            await world.DayAsync(day);
        }

        Assert.DoesNotContain(world.Sent(), s => s.Key.Contains(entry.Id, StringComparison.Ordinal));
    }
}
