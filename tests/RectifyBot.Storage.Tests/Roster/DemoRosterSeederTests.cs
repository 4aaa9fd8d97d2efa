using Microsoft.Extensions.Time.Testing;
using RectifyBot.Core.Roster.Demo;
using RectifyBot.Storage.Roster;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Storage.Tests.Roster;

[Collection(AzuriteCollection.Name)]
public sealed class DemoRosterSeederTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task The_demo_roster_is_seeded_into_an_empty_roster_once_and_reads_back_whole()
    {
        var repository = new TableRosterRepository(StorageTestTables.Create(azurite));
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.True(await DemoRosterSeeder.SeedIfEmptyAsync(repository, time));
        Assert.False(await DemoRosterSeeder.SeedIfEmptyAsync(repository, time));

        var loaded = await repository.LoadCurrentAsync();
        var demo = DemoRoster.Create();
        Assert.Equal(demo.People.Count, loaded.People.Count);
        Assert.Equal("200022", loaded.FindByUpnOrEmail("ZhangWei@lakeside-univ.example.edu.cn")!.Number);
        Assert.Single(await repository.HistoryAsync());
        Assert.Equal(DemoRosterSeeder.OperatorNumber, (await repository.CurrentVersionAsync())!.OperatorNumber);
    }
}
