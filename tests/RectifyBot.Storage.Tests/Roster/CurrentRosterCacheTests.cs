using Azure.Data.Tables;
using RectifyBot.Storage.Roster;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Storage.Tests.Roster;

/// <summary>
/// Two repositories on the same tables play two bot instances: the one that holds the current roster in memory sees
/// the other's bindings, rebindings and new versions on its next load, and does not read the people again otherwise.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class CurrentRosterCacheTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset At = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private static Core.Roster.Roster TwoMembers(string name = "甲") =>
        new(SampleRosters.Units(), [SampleRosters.Member("1", "B-1", name), SampleRosters.Member("2", "B-1")]);

    [Fact]
    public async Task A_binding_made_by_another_instance_is_on_the_next_load()
    {
        var tables = StorageTestTables.Create(azurite);
        var first = new TableRosterRepository(tables);
        var second = new TableRosterRepository(tables);
        await first.SaveNewVersionAsync(TwoMembers(), "100020", "v1", At);
        Assert.Null((await first.LoadCurrentAsync()).Person("1")!.AadObjectId);

        await second.BindAsync("1", "aad-1");

        Assert.Equal("aad-1", (await first.LoadCurrentAsync()).Person("1")!.AadObjectId);
    }

    [Fact]
    public async Task An_id_moved_to_another_number_by_another_instance_leaves_the_first_number_unbound()
    {
        var tables = StorageTestTables.Create(azurite);
        var first = new TableRosterRepository(tables);
        var second = new TableRosterRepository(tables);
        await first.SaveNewVersionAsync(TwoMembers(), "100020", "v1", At);
        await second.BindAsync("1", "aad-x");
        Assert.Equal("aad-x", (await first.LoadCurrentAsync()).Person("1")!.AadObjectId);

        await second.BindAsync("2", "aad-x");

        var roster = await first.LoadCurrentAsync();
        Assert.Null(roster.Person("1")!.AadObjectId);
        Assert.Equal("aad-x", roster.Person("2")!.AadObjectId);
    }

    [Fact]
    public async Task A_version_switched_to_by_another_instance_replaces_the_one_held()
    {
        var tables = StorageTestTables.Create(azurite);
        var first = new TableRosterRepository(tables);
        var second = new TableRosterRepository(tables);
        await first.SaveNewVersionAsync(TwoMembers("甲"), "100020", "v1", At);
        await first.BindAsync("1", "aad-1");
        Assert.Equal("甲", (await first.LoadCurrentAsync()).Person("1")!.Name);

        await second.SaveNewVersionAsync(TwoMembers("乙"), "100021", "v2", At.AddDays(1));

        var roster = await first.LoadCurrentAsync();
        Assert.Equal(("乙", "aad-1"), (roster.Person("1")!.Name, roster.Person("1")!.AadObjectId));
    }

    [Fact]
    public async Task While_nothing_changes_a_load_does_not_read_the_people_again()
    {
        var tables = StorageTestTables.Create(azurite);
        var repository = new TableRosterRepository(tables);
        await repository.SaveNewVersionAsync(TwoMembers(), "100020", "v1", At);
        var held = await repository.LoadCurrentAsync();

        // Gone from storage, still served: proof that the second load came from memory.
        var people = await tables.GetTableAsync("RosterPeople");
        await foreach (var row in people.QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"]))
        {
            await people.DeleteEntityAsync(row.PartitionKey, row.RowKey);
        }

        Assert.Same(held, await repository.LoadCurrentAsync());
        Assert.Empty((await new TableRosterRepository(tables).LoadCurrentAsync()).People);
    }
}
