using Microsoft.Extensions.DependencyInjection;
using RectifyBot.Core.Plans;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Stages;
using RectifyBot.Core.Supervision;
using RectifyBot.Testing.Storage;
using static RectifyBot.Functions.Tests.Supervision.SupervisionWorld;

namespace RectifyBot.Functions.Tests.Supervision;

/// <summary>
/// Supervision chases what the parent unit owes a child's plan (DOMAIN.md "Supervision also chases … filings not
/// acknowledged"; issue 8 "unacknowledged filings are chased", "上级协调 items land in the parent unit's queue"): a
/// filing not acknowledged within <see cref="SupervisionOptions.AcknowledgeFilingDays"/> days reminds the parent's
/// leaders, then weekly, and escalates once to the office; a 上级协调 item nobody takes on the same way. Acknowledging or
/// taking it ends the chase.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class PlanFilingSupervisionTests(AzuriteFixture azurite)
{
    private const string Office = "O900";

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static string Key(string kind, string subject, ReminderKind reminder, DateOnly day) => $"{kind}|{subject}|{reminder}|{day:yyyy-MM-dd}";

    private static readonly Person OfficeStaff = Member(Office, "钱办", Committee, new PositionHolding(Position.OfficeStaff));

    [Fact]
    public async Task A_filing_not_acknowledged_reminds_the_parents_leaders_after_three_days_then_weekly_and_escalates_once_to_the_office()
    {
        await using var world = await CreateAsync(azurite, D(2026, 12, 1), [OfficeStaff]);
        await AcceptBranchPlanAsync(world, PlanHandling.FixNow);
        await FileAsync(world);
        var subject = $"{Branch}|v1";

        for (var day = D(2026, 12, 1); day <= D(2026, 12, 15); day = day.AddDays(1))
        {
            await world.DayAsync(day);
        }

        var expected = new List<(string, DateOnly, string)>
        {
            (Leader, D(2026, 12, 5), Key(ObligationKinds.FilingNotAcknowledged, subject, ReminderKind.Overdue, D(2026, 12, 5))),
            (Office, D(2026, 12, 8), Key(ObligationKinds.FilingNotAcknowledged, subject, ReminderKind.Escalation, D(2026, 12, 8))),
            (Leader, D(2026, 12, 12), Key(ObligationKinds.FilingNotAcknowledged, subject, ReminderKind.Overdue, D(2026, 12, 12))),
        };
        Assert.Equal(expected.Order(), world.Sent().Where(s => s.Key.StartsWith(ObligationKinds.FilingNotAcknowledged + "|", StringComparison.Ordinal)).Order());
    }

    [Fact]
    public async Task An_acknowledged_filing_is_no_longer_chased_and_its_index_row_goes()
    {
        await using var world = await CreateAsync(azurite, D(2026, 12, 1), [OfficeStaff]);
        await AcceptBranchPlanAsync(world, PlanHandling.FixNow);
        await FileAsync(world);
        for (var day = D(2026, 12, 1); day <= D(2026, 12, 5); day = day.AddDays(1))
        {
            await world.DayAsync(day);
        }

        Assert.Single(world.Sent(), s => s.Key.StartsWith(ObligationKinds.FilingNotAcknowledged + "|", StringComparison.Ordinal));

        world.MoveTo(ChinaTime.StartOfDayUtc(D(2026, 12, 6)).AddHours(10));
        var leader = (await world.Services.GetRequiredService<IRosterRepository>().LoadCurrentAsync()).Person(Leader)!;
        Assert.Equal(PlanActionResult.Done, (await world.Services.GetRequiredService<PlanActions>().AcknowledgeAsync(leader, Branch, 1)).Result);

        for (var day = D(2026, 12, 6); day <= D(2026, 12, 20); day = day.AddDays(1))
        {
            await world.DayAsync(day);
        }

        Assert.Single(world.Sent(), s => s.Key.StartsWith(ObligationKinds.FilingNotAcknowledged + "|", StringComparison.Ordinal));
        var rows = await world.Services.GetRequiredService<IDueIndex>().ReadAllAsync().Where(r => r.Kind == ObligationKinds.FilingNotAcknowledged).ToListAsync();
        Assert.Empty(rows);
    }

    [Fact]
    public async Task An_upper_coordination_item_nobody_takes_reminds_the_parents_leaders_until_one_takes_it_on()
    {
        await using var world = await CreateAsync(azurite, D(2026, 12, 1), [OfficeStaff]);
        var entryId = await AcceptBranchPlanAsync(world, PlanHandling.UpperCoordination);

        for (var day = D(2026, 12, 1); day <= D(2026, 12, 9); day = day.AddDays(1))
        {
            await world.DayAsync(day);
        }

        world.MoveTo(ChinaTime.StartOfDayUtc(D(2026, 12, 10)).AddHours(10));
        var leader = (await world.Services.GetRequiredService<IRosterRepository>().LoadCurrentAsync()).Person(Leader)!;
        Assert.Equal(PlanActionResult.Done, (await world.Services.GetRequiredService<PlanActions>().TakeCoordinationAsync(leader, Branch, 1, 0)).Result);
        for (var day = D(2026, 12, 10); day <= D(2026, 12, 20); day = day.AddDays(1))
        {
            await world.DayAsync(day);
        }

        var expected = new List<(string, DateOnly, string)>
        {
            (Leader, D(2026, 12, 5), Key(ObligationKinds.CoordinationNotTaken, entryId, ReminderKind.Overdue, D(2026, 12, 5))),
            (Office, D(2026, 12, 8), Key(ObligationKinds.CoordinationNotTaken, entryId, ReminderKind.Escalation, D(2026, 12, 8))),
        };
        Assert.Equal(expected.Order(), world.Sent().Where(s => s.Key.StartsWith(ObligationKinds.CoordinationNotTaken + "|", StringComparison.Ordinal)).Order());
    }

    [Fact]
    public async Task A_filing_whose_index_row_was_lost_is_restored_by_the_nightly_reconciliation()
    {
        await using var world = await CreateAsync(azurite, D(2026, 12, 1), [OfficeStaff]);
        await AcceptBranchPlanAsync(world, PlanHandling.FixNow);
        await FileAsync(world);
        var index = world.Services.GetRequiredService<IDueIndex>();
        var rows = await index.ReadAllAsync().Where(r => r.Kind == ObligationKinds.FilingNotAcknowledged).ToListAsync();
        Assert.Equal([new DueIndexRow(D(2026, 12, 5), ObligationKinds.FilingNotAcknowledged, $"{Branch}|v1")], rows);
        await index.DeleteAsync(rows);

        for (var day = D(2026, 12, 1); day <= D(2026, 12, 5); day = day.AddDays(1))
        {
            await world.DayAsync(day);
        }

        Assert.Contains((Leader, D(2026, 12, 5), Key(ObligationKinds.FilingNotAcknowledged, $"{Branch}|v1", ReminderKind.Overdue, D(2026, 12, 5))), world.Sent());
    }

    /// <summary>教工第一支部's plan (parent 计算机学院党委, led by 林书记), accepted on 2026-12-01 with one item; returns the item's entry id.</summary>
    private static async Task<string> AcceptBranchPlanAsync(SupervisionWorld world, PlanHandling handling)
    {
        world.MoveTo(ChinaTime.StartOfDayUtc(D(2026, 12, 1)).AddHours(1));
        var transitions = world.Services.GetRequiredService<PlanTransitions>();
        var plans = world.Services.GetRequiredService<IPlanRepository>();
        var at = world.Clock.GetUtcNow();
        var version = new PlanVersion
        {
            UnitCode = Branch,
            Version = 1,
            AuthorNumber = Reviewer,
            ParentUnitCode = Committee,
            Items =
            [
                new PlanItem
                {
                    Problem = "跨部门的实验室用房问题",
                    AreaCode = "campus",
                    Handling = handling,
                    Deadline = D(2027, 2, 20),
                    ResponsibleUnitCode = Branch,
                    ResponsiblePersonNumber = ZhangWei,
                    Goals = [PlanGoal.ServingThePeople],
                },
            ],
            Publication = new PlanPublication(PlanScope.Members, at.AddDays(-8), D(2026, 11, 30), at.AddHours(-1)),
            Status = PlanStatus.Accepted,
        };
        var saved = await transitions.SaveAsync(
            await plans.LoadAsync(Branch), version, [new PlanEvent(at, PlanEvent.System, PlanEventKind.Accepted, 1, null, null)], [], CancellationToken.None,
            entries: PlanEntries.For(version, at), coordinations: PlanEntries.Coordinations(version));
        return Assert.Single(saved!.Entries).Id;
    }

    /// <summary>The office files the plan on 2026-12-01 at 10:00 CST.</summary>
    private static async Task FileAsync(SupervisionWorld world)
    {
        world.MoveTo(ChinaTime.StartOfDayUtc(D(2026, 12, 1)).AddHours(10));
        var office = (await world.Services.GetRequiredService<IRosterRepository>().LoadCurrentAsync()).Person(Office)!;
        Assert.Equal(PlanActionResult.Done, (await world.Services.GetRequiredService<PlanActions>().FileAsync(office, Branch)).Result);
    }
}
