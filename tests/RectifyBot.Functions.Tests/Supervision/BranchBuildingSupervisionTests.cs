using Microsoft.Extensions.DependencyInjection;
using RectifyBot.Core.BranchBuilding;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Stages;
using RectifyBot.Core.Supervision;
using RectifyBot.Testing.Storage;
using static RectifyBot.Functions.Tests.Supervision.SupervisionWorld;

namespace RectifyBot.Functions.Tests.Supervision;

/// <summary>
/// Branch building (DOMAIN.md §6) is supervised until resolved: 教工第一支部 has no secretary, so 计算机学院党委's
/// principal leader is reminded from a week before the stage's end until a roster import names one; a branch the office
/// flags weak is chased from the next night on until the office records it reorganised (整顿完成); the office hears once
/// when an item is 3 days late.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class BranchBuildingSupervisionTests(AzuriteFixture azurite)
{
    private const string Office = "O900";
    private const string NoSecretary = "NoSecretary|" + Branch;
    private const string Weak = "Weak|" + Branch;

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static string Key(string subject, ReminderKind reminder, DateOnly day) => $"{ObligationKinds.BranchBuilding}|{subject}|{reminder}|{day:yyyy-MM-dd}";

    [Fact]
    public async Task A_branch_without_a_secretary_and_a_weak_branch_are_reminded_to_the_committees_leader_until_the_roster_and_the_office_resolve_them()
    {
        await using var world = await CreateAsync(azurite, D(2026, 12, 20), [Member(Office, "钱办", Branch, new PositionHolding(Position.OfficeStaff))]);
        var rosters = world.Services.GetRequiredService<IRosterRepository>();
        var desk = ActivatorUtilities.CreateInstance<BranchBuildingDesk>(world.Services);
        var office = (await rosters.LoadCurrentAsync()).Person(Office)!;

        for (var day = D(2026, 12, 20); day <= D(2027, 1, 12); day = day.AddDays(1))
        {
            await world.DayAsync(day);
            if (day == D(2026, 12, 31))
            {
                // Afternoon: the office flags the branch weak; the nightly reconciliation picks the item up.
                world.MoveTo(ChinaTime.StartOfDayUtc(day).AddHours(15));
                Assert.Equal(WeakBranchFlagResult.Flagged, (await ActivatorUtilities.CreateInstance<WeakBranchFlagging>(world.Services).FlagAsync(office, Branch, "组织生活长期不正常")).Result);
            }

            if (day == D(2027, 1, 2))
            {
                // Noon: a roster import makes 王委员 the branch's secretary.
                world.MoveTo(ChinaTime.StartOfDayUtc(day).AddHours(12));
                var roster = await rosters.LoadCurrentAsync();
                var fixedRoster = new Core.Roster.Roster(roster.Units, roster.People.Select(p => p.Number == Reviewer
                    ? p with { Positions = [.. p.Positions, new PositionHolding(Position.BranchSecretary, Branch)] }
                    : p));
                await rosters.SaveNewVersionAsync(fixedRoster, Office, "支部书记补选", world.Clock.GetUtcNow());
            }

            if (day == D(2027, 1, 9))
            {
                world.MoveTo(ChinaTime.StartOfDayUtc(day).AddHours(12));
                Assert.Equal(BranchBuildingResult.Invalid, (await desk.ResolveWeakAsync(office, Branch, " ")).Result);
                Assert.Equal(BranchBuildingResult.NotAllowed, (await desk.ResolveWeakAsync((await rosters.LoadCurrentAsync()).Person(Leader)!, Branch, "已整顿")).Result);
                Assert.Equal(BranchBuildingResult.Done, (await desk.ResolveWeakAsync(office, Branch, "支委会已改选，组织生活恢复正常")).Result);
                Assert.Equal(BranchBuildingResult.UnknownBranch, (await desk.ResolveWeakAsync(office, Branch, "再次")).Result);
            }
        }

        var expected = new List<(string, DateOnly, string)>
        {
            (Leader, D(2026, 12, 24), Key(NoSecretary, ReminderKind.DueSoon, D(2026, 12, 24))),
            (Leader, D(2026, 12, 30), Key(NoSecretary, ReminderKind.DueSoon, D(2026, 12, 30))),
            (Leader, D(2027, 1, 1), Key(NoSecretary, ReminderKind.Overdue, D(2027, 1, 1))),

            // Flagged after the due date: overdue from the next day, weekly; the office hears once on the escalation day.
            (Leader, D(2027, 1, 1), Key(Weak, ReminderKind.Overdue, D(2027, 1, 1))),
            (Office, D(2027, 1, 4), Key(Weak, ReminderKind.Escalation, D(2027, 1, 4))),
            (Leader, D(2027, 1, 8), Key(Weak, ReminderKind.Overdue, D(2027, 1, 8))),
        };
        Assert.Equal(expected.Order(), world.Sent().Where(s => s.Key.StartsWith(ObligationKinds.BranchBuilding + "|", StringComparison.Ordinal)).Order());

        var leader = (await rosters.LoadCurrentAsync()).Person(Leader)!;
        Assert.Empty((await desk.ItemsAsync(leader)).Items);
        Assert.Single(await world.Services.GetRequiredService<IBranchBuildingRepository>().ListResolutionsAsync());
    }
}
