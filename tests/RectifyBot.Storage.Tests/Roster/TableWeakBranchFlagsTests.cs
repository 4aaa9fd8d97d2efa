using RectifyBot.Core.Roster;
using RectifyBot.Storage.Roster;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Storage.Tests.Roster;

[Collection(AzuriteCollection.Name)]
public sealed class TableWeakBranchFlagsTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task One_flag_is_in_force_per_branch_the_latest_with_its_reason_and_who_set_it()
    {
        var flags = new TableWeakBranchFlags(StorageTestTables.Create(azurite));
        await flags.SaveAsync(new WeakBranchFlag("HP-JSJ-T1", "组织生活长期不正常", "100020", Monday));
        await flags.SaveAsync(new WeakBranchFlag("HP-JSJ-T1", "支委会长期空缺，组织生活不正常", "100020", Monday.AddDays(2)));
        await flags.SaveAsync(new WeakBranchFlag("HP-WX-T", "党员教育管理松懈", "100021", Monday.AddDays(1)));

        var inForce = (await flags.ListAsync()).OrderBy(f => f.UnitCode, StringComparer.Ordinal).ToList();

        Assert.Equal(
            [
                new WeakBranchFlag("HP-JSJ-T1", "支委会长期空缺，组织生活不正常", "100020", Monday.AddDays(2)),
                new WeakBranchFlag("HP-WX-T", "党员教育管理松懈", "100021", Monday.AddDays(1)),
            ],
            inForce);
    }
}
