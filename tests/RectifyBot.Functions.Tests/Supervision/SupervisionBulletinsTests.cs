using Microsoft.Extensions.DependencyInjection;
using RectifyBot.Core.Ledger;
using RectifyBot.Core.Roster;
using RectifyBot.Core.Stages;
using RectifyBot.Core.Supervision.Bulletins;
using RectifyBot.Testing.Storage;
using static RectifyBot.Functions.Tests.Supervision.SupervisionWorld;

namespace RectifyBot.Functions.Tests.Supervision;

/// <summary>Weekly bulletins on Mondays: figures, change since last week, once per recipient, consolidation flagged after the stage ends.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class SupervisionBulletinsTests(AzuriteFixture azurite)
{
    private const string Office = "O900";
    private const string Liaison = "S900";

    [Fact]
    public async Task Each_Monday_the_committee_leader_liaison_and_office_get_one_bulletin_with_the_change_since_last_week_and_consolidation_after_the_stage_end()
    {
        var extra = new[]
        {
            Member(Office, "办公室", Committee, new PositionHolding(Position.OfficeStaff)),
            Member(Liaison, "联系校领导", Committee) with { LiaisonUnitCodes = [Committee] },
        };
        await using var world = await CreateAsync(azurite, new DateOnly(2026, 12, 20), extra);
        var zhang = await world.ApproveAsync(ZhangWei, new DateOnly(2026, 12, 20));
        await world.ApproveAsync(LiNa, new DateOnly(2027, 1, 30));

        await world.BulletinsAsync(new DateOnly(2026, 12, 21));
        await world.BulletinsAsync(new DateOnly(2026, 12, 21));
        world.MoveTo(ChinaTime.StartOfDayUtc(new DateOnly(2026, 12, 23)).AddHours(10));
        var roster = await world.Services.GetRequiredService<IRosterRepository>().LoadCurrentAsync();
        await ActivatorUtilities.CreateInstance<LedgerProgress>(world.Services).NoteAsync(roster.Person(ZhangWei)!, zhang.Id, "已完成", null, complete: true);
        await world.BulletinsAsync(new DateOnly(2026, 12, 28));
        await world.BulletinsAsync(new DateOnly(2027, 1, 4));

        var sent = world.Cards.Bulletins.ToList();
        Assert.Equal(9, sent.Count);
        Assert.Equal(9, world.Queue.Enqueued.Distinct().Count());
        foreach (var week in sent.GroupBy(s => s.Bulletin.Week))
        {
            Assert.Equal(new[] { Leader, Liaison, Office }.Order(StringComparer.Ordinal), week.Select(s => s.Recipient).Order(StringComparer.Ordinal));
            Assert.All(week, s => Assert.Equal(Committee, s.Bulletin.UnitCode));
        }

        var first = sent.First(s => s.Bulletin.Week == new DateOnly(2026, 12, 21)).Bulletin;
        Assert.Equal(new BulletinFigures(Done: 0, Open: 1, Overdue: 1), first.Figures);
        Assert.Null(first.LastWeek);
        Assert.Equal([zhang.Id], first.Overdue.Select(e => e.Id));
        Assert.False(first.IsConsolidation);

        var second = sent.First(s => s.Bulletin.Week == new DateOnly(2026, 12, 28)).Bulletin;
        Assert.Equal(new BulletinFigures(Done: 1, Open: 1, Overdue: 0), second.Figures);
        Assert.Equal(first.Figures, second.LastWeek);
        Assert.Equal(0.5, second.Figures.CompletionRate);
        Assert.False(second.IsConsolidation);

        var third = sent.First(s => s.Bulletin.Week == new DateOnly(2027, 1, 4)).Bulletin;
        Assert.True(third.IsConsolidation);
        Assert.Equal(second.Figures, third.LastWeek);
    }
}
