using RectifyBot.Core.Reviews;
using RectifyBot.Storage.Reviews;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Storage.Tests.Reviews;

[Collection(AzuriteCollection.Name)]
public sealed class TableRouteOverridesTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_new_override_for_the_same_author_replaces_the_one_in_force_with_who_when_and_why_kept()
    {
        var overrides = new TableRouteOverrides(StorageTestTables.Create(azurite));
        await overrides.SaveAsync(new RouteOverride("200022", "200020", "支部书记出差，由组织委员审核", "100020", Monday));
        await overrides.SaveAsync(new RouteOverride("200022", "200021", "原审核人回避", "100020", Monday.AddDays(1)));

        var inForce = await overrides.FindAsync("200022");

        Assert.Equal(new RouteOverride("200022", "200021", "原审核人回避", "100020", Monday.AddDays(1)), inForce);
        Assert.Equal(inForce, Assert.Single(await overrides.ListAsync()));
        Assert.Null(await overrides.FindAsync("200023"));
    }
}
