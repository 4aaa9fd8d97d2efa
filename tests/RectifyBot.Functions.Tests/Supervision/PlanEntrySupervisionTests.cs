using Microsoft.Extensions.DependencyInjection;
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
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static string Key(string kind, string subject, ReminderKind reminder, DateOnly day) => $"{kind}|{subject}|{reminder}|{day:yyyy-MM-dd}";

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
