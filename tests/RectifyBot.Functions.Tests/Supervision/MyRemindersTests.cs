using Microsoft.Extensions.DependencyInjection;
using RectifyBot.Core.Ledger;
using RectifyBot.Core.Supervision;
using RectifyBot.Testing.Storage;
using static RectifyBot.Functions.Tests.Supervision.SupervisionWorld;

namespace RectifyBot.Functions.Tests.Supervision;

/// <summary>"督办提醒" / "my reminders": what the sweep reminded a member of and is still open, read back from the log.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class MyRemindersTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_member_sees_each_open_item_once_with_its_latest_reminder_and_a_completed_one_drops_out()
    {
        await using var world = await CreateAsync(azurite, D(2026, 12, 10));
        var first = await world.ApproveAsync(ZhangWei, D(2026, 12, 12));
        var second = await world.ApproveAsync(ZhangWei, D(2026, 12, 16));
        for (var day = D(2026, 12, 10); day <= D(2026, 12, 15); day = day.AddDays(1))
        {
            await world.DayAsync(day);
        }

        var reminders = ActivatorUtilities.CreateInstance<MyReminders>(world.Services);
        var (today, items, _) = await reminders.ForAsync(ZhangWei);
        Assert.Equal(D(2026, 12, 15), today);
        Assert.Equal([first.Id, second.Id], items.Select(i => i.Obligation.SubjectId));
        // The first was reminded the day before and then as overdue: the list shows the latest, once.
        Assert.Equal(new Occasion(D(2026, 12, 13), ReminderKind.Overdue), items[0].Occasion);
        Assert.Equal(new Occasion(D(2026, 12, 15), ReminderKind.DueSoon), items[1].Occasion);

        var roster = await world.Services.GetRequiredService<Core.Roster.IRosterRepository>().LoadCurrentAsync();
        var progress = ActivatorUtilities.CreateInstance<LedgerProgress>(world.Services);
        Assert.Equal(LedgerProgressResult.Completed, (await progress.NoteAsync(roster.Person(ZhangWei)!, first.Id, "已完成", null, complete: true)).Result);

        Assert.Equal([second.Id], (await reminders.ForAsync(ZhangWei)).Items.Select(i => i.Obligation.SubjectId));
        Assert.Empty((await reminders.ForAsync(LiNa)).Items);
    }
}
