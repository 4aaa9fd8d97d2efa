using Microsoft.Extensions.DependencyInjection;
using RectifyBot.Core.Mechanisms;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Stages;
using RectifyBot.Core.Supervision;
using RectifyBot.Core.Supervision.Sources;
using RectifyBot.Testing.Storage;
using static RectifyBot.Functions.Tests.Supervision.SupervisionWorld;

namespace RectifyBot.Functions.Tests.Supervision;

/// <summary>
/// A mechanism a committee has not established is a supervised obligation (DOMAIN.md §6, "Deadlines and supervision"):
/// due at the stage's end, the committee's principal leader is reminded before and after it, the office (which collects
/// for the university committee above) hears once when it is 3 days late, and the reminders stop the day after it is
/// recorded as established — and start again when it is set back to 建立中.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class MechanismSupervisionTests(AzuriteFixture azurite)
{
    private const string Office = "O900";

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static string Key(MechanismKind mechanism, ReminderKind reminder, DateOnly day) =>
        $"{ObligationKinds.MechanismMissing}|{MissingMechanismsSource.SubjectId(Committee, mechanism)}|{reminder}|{day:yyyy-MM-dd}";

    [Fact]
    public async Task The_sweep_reminds_the_principal_leader_of_each_missing_mechanism_escalates_to_the_office_and_stops_once_it_is_established()
    {
        await using var world = await CreateAsync(azurite, D(2026, 12, 20), [Member(Office, "钱办", Branch, new PositionHolding(Position.OfficeStaff))]);
        var register = ActivatorUtilities.CreateInstance<MechanismRegister>(world.Services);
        var roster = await world.Services.GetRequiredService<IRosterRepository>().LoadCurrentAsync();
        var index = world.Services.GetRequiredService<IDueIndex>();

        for (var day = D(2026, 12, 20); day <= D(2027, 1, 8); day = day.AddDays(1))
        {
            await world.DayAsync(day);
            if (day == D(2026, 12, 26))
            {
                // Noon: 林书记 records the learning mechanism as established, the management one as in progress.
                world.MoveTo(ChinaTime.StartOfDayUtc(day).AddHours(12));
                Assert.Equal(MechanismRecordResult.Saved, (await register.RecordAsync(roster.Person(Leader)!, new MechanismInput(Committee, "Learning", "Established", "党委理论学习中心组学习制度", "https://dangjian.example.edu.cn/zhidu/1"))).Outcome.Result);
                Assert.Equal(MechanismRecordResult.Saved, (await register.RecordAsync(roster.Person(Leader)!, new MechanismInput(Committee, "Management", "InProgress", "党员管理办法（草案）", null))).Outcome.Result);
            }
        }

        var expected = new List<(string, DateOnly, string)>();
        void Expect(string recipient, MechanismKind mechanism, ReminderKind reminder, params DateOnly[] days) =>
            expected.AddRange(days.Select(d => (recipient, d, Key(mechanism, reminder, d))));
        Expect(Leader, MechanismKind.Learning, ReminderKind.DueSoon, D(2026, 12, 24));
        foreach (var mechanism in UnitMechanisms.Kinds.Where(k => k != MechanismKind.Learning))
        {
            Expect(Leader, mechanism, ReminderKind.DueSoon, D(2026, 12, 24), D(2026, 12, 30));
            Expect(Leader, mechanism, ReminderKind.Overdue, D(2027, 1, 1), D(2027, 1, 8));
            Expect(Office, mechanism, ReminderKind.Escalation, D(2027, 1, 4));
        }

        Assert.Equal(expected.Order(), world.Sent().Where(s => s.Key.StartsWith(ObligationKinds.MechanismMissing + "|", StringComparison.Ordinal)).Order());

        // 01-09, noon: set back to 建立中 (the document was withdrawn). The index row is written with the change, before any
        // nightly reconciliation: the next weekly overdue reminder (01-15) comes.
        world.MoveTo(ChinaTime.StartOfDayUtc(D(2027, 1, 9)).AddHours(12));
        Assert.Equal(MechanismRecordResult.Saved, (await register.RecordAsync(roster.Person(Office)!, new MechanismInput(Committee, "Learning", "InProgress", "党委理论学习中心组学习制度（修订中）", null))).Outcome.Result);
        Assert.Contains(new DueIndexRow(D(2027, 1, 15), ObligationKinds.MechanismMissing, MissingMechanismsSource.SubjectId(Committee, MechanismKind.Learning)), await index.ReadAllAsync().ToListAsync());
        await world.RemindAsync(D(2027, 1, 15));
        Assert.Contains((Leader, D(2027, 1, 15), Key(MechanismKind.Learning, ReminderKind.Overdue, D(2027, 1, 15))), world.Sent());
    }
}
