using Microsoft.Extensions.DependencyInjection;
using RectifyBot.Core.Ledger;
using RectifyBot.Core.Ledger.Views;
using RectifyBot.Core.Plans;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Supervision;
using RectifyBot.Testing.Storage;
using static RectifyBot.Functions.Tests.Supervision.SupervisionWorld;

namespace RectifyBot.Functions.Tests.Supervision;

/// <summary>
/// An accepted plan's items are ledger entries like an approved measure's (DOMAIN.md §3–4): the ledger view (台帐) of
/// the unit's leader counts them, and the daily sweep reminds the responsible person before and after the deadline and
/// escalates once to the plan's author and the unit's principal leader — on the right China Standard Time days.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class PlanEntrySupervisionTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task An_accepted_plans_item_is_in_the_leaders_ledger_summary_and_is_reminded_and_escalated_as_it_falls_due()
    {
        await using var world = await CreateAsync(azurite, D(2026, 12, 1));
        var entryId = await AcceptPlanAsync(world, D(2026, 12, 20));
        var ledger = ActivatorUtilities.CreateInstance<LedgerQuery>(world.Services, world.Clock);
        var leader = (await world.Services.GetRequiredService<IRosterRepository>().LoadCurrentAsync()).Person(Leader)!;

        var before = await ledger.ForAsync(leader);
        Assert.Contains(before!.Lines, l => l.Line.EntryId == entryId && l.State == LedgerLineState.InProgress && l.Line.OwnerNumber == ZhangWei);

        for (var day = D(2026, 12, 1); day <= D(2026, 12, 28); day = day.AddDays(1))
        {
            await world.DayAsync(day);
        }

        var after = await ledger.ForAsync(leader);
        Assert.Contains(after!.Lines, l => l.Line.EntryId == entryId && l.State == LedgerLineState.Overdue);
        Assert.Equal(before.Totals.Overdue + 1, after.Totals.Overdue);

        var expected = new List<(string, DateOnly, string)>();
        void Expect(string recipient, ReminderKind reminder, params DateOnly[] days) =>
            expected.AddRange(days.Select(d => (recipient, d, Key(ObligationKinds.LedgerDeadline, entryId, reminder, d))));
        Expect(ZhangWei, ReminderKind.DueSoon, D(2026, 12, 13), D(2026, 12, 19));
        Expect(ZhangWei, ReminderKind.Overdue, D(2026, 12, 21), D(2026, 12, 28));
        Expect(Reviewer, ReminderKind.Escalation, D(2026, 12, 24));
        Expect(Leader, ReminderKind.Escalation, D(2026, 12, 24));
        Assert.Equal(expected.Order(), world.Sent().Where(s => s.Key.Contains(entryId, StringComparison.Ordinal)).Order());
    }

    [Fact]
    public async Task A_plan_item_completed_by_its_responsible_person_keeps_the_note_and_is_not_reminded_the_next_day_and_others_are_refused()
    {
        await using var world = await CreateAsync(azurite, D(2026, 12, 1));
        var entryId = await AcceptPlanAsync(world, D(2026, 12, 20));
        var roster = await world.Services.GetRequiredService<IRosterRepository>().LoadCurrentAsync();
        var progress = ActivatorUtilities.CreateInstance<LedgerProgress>(world.Services);
        for (var day = D(2026, 12, 1); day <= D(2026, 12, 13); day = day.AddDays(1))
        {
            await world.DayAsync(day);
        }

        Assert.Contains(world.Sent(), s => s.Key.Contains(entryId, StringComparison.Ordinal) && s.Day == D(2026, 12, 13));

        var refused = await progress.NoteAsync(roster.Person(LiNa)!, entryId, "不是我的", null, complete: true);
        Assert.Equal(LedgerProgressResult.NotFound, refused.Result);

        var noted = await progress.NoteAsync(roster.Person(ZhangWei)!, entryId, "已延长开放时间", "https://example.edu.cn/lab-hours", complete: false);
        Assert.Equal(LedgerProgressResult.Noted, noted.Result);
        world.Clock.Advance(TimeSpan.FromMinutes(10));
        var done = await progress.NoteAsync(roster.Person(ZhangWei)!, entryId, "已完成", null, complete: true);
        Assert.Equal(LedgerProgressResult.Completed, done.Result);
        Assert.Equal(LedgerProgressResult.AlreadyDone, (await progress.NoteAsync(roster.Person(ZhangWei)!, entryId, null, null, complete: true)).Result);

        var entry = Assert.Single((await world.Services.GetRequiredService<IPlanRepository>().LoadAsync(Committee)).Entries);
        Assert.Equal(LedgerEntryStatus.Done, entry.Status);
        Assert.True(entry.CompletedOnTime);
        Assert.Equal(world.Clock.GetUtcNow(), entry.CompletedAt);
        Assert.Collection(
            entry.Progress,
            n => Assert.Equal((ZhangWei, "已延长开放时间", "https://example.edu.cn/lab-hours"), (n.ByNumber, n.Text, n.EvidenceLink)),
            n => Assert.Equal((ZhangWei, "已完成", (string?)null), (n.ByNumber, n.Text, n.EvidenceLink)));
        var history = (await world.Services.GetRequiredService<IPlanRepository>().LoadAsync(Committee)).History;
        Assert.Contains(history, e => e.Kind == PlanEventKind.ItemCompleted && e.ByNumber == ZhangWei && e.Item == 0);

        var sentBefore = world.Sent().Count(s => s.Key.Contains(entryId, StringComparison.Ordinal));
        for (var day = D(2026, 12, 14); day <= D(2026, 12, 28); day = day.AddDays(1))
        {
            await world.DayAsync(day);
        }

        Assert.Equal(sentBefore, world.Sent().Count(s => s.Key.Contains(entryId, StringComparison.Ordinal)));
    }

    /// <summary>
    /// 计算机学院党委's plan, authored by 王委员, accepted when its window closed (the transition PlanActions makes): one
    /// item for which 张伟 is responsible. Returns the item's ledger entry id.
    /// </summary>
    private static async Task<string> AcceptPlanAsync(SupervisionWorld world, DateOnly deadline)
    {
        var transitions = world.Services.GetRequiredService<PlanTransitions>();
        var plans = world.Services.GetRequiredService<IPlanRepository>();
        var at = world.Clock.GetUtcNow();
        var version = new PlanVersion
        {
            UnitCode = Committee,
            Version = 1,
            AuthorNumber = Reviewer,
            ParentUnitCode = "C",
            Items =
            [
                new PlanItem
                {
                    Problem = "实验室开放时间不足",
                    AreaCode = "campus",
                    Handling = PlanHandling.FixNow,
                    Deadline = deadline,
                    ResponsibleUnitCode = Branch,
                    ResponsiblePersonNumber = ZhangWei,
                    Goals = [PlanGoal.ServingThePeople],
                },
            ],
            Publication = new PlanPublication(PlanScope.Members, at.AddDays(-8), D(2026, 11, 30), at.AddHours(-1)),
            Status = PlanStatus.Accepted,
        };
        var saved = await transitions.SaveAsync(
            await plans.LoadAsync(Committee), version, [new PlanEvent(at, PlanEvent.System, PlanEventKind.Accepted, 1, null, null)], [], CancellationToken.None,
            entries: PlanEntries.For(version, at));
        return Assert.Single(saved!.Entries).Id;
    }
}
