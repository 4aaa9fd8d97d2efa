using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using RectifyBot.Storage.Surveys;
using RectifyBot.Storage.Tables;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Storage.Tests.Surveys;

[Collection(AzuriteCollection.Name)]
public sealed class TableSuggestionBoxQuotaTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset At = new(2026, 12, 3, 6, 15, 0, TimeSpan.Zero);

    private TableClientFactory Tables(string prefix) =>
        new(Options.Create(new StorageOptions { ConnectionString = azurite.ConnectionString, TablePrefix = prefix }));

    [Fact]
    public async Task Two_instances_taking_at_once_count_together_and_never_past_the_cap()
    {
        var prefix = AzuriteFixture.UniquePrefix();
        var instances = new[] { new TableSuggestionBoxQuota(Tables(prefix)), new TableSuggestionBoxQuota(Tables(prefix)) };

        var taken = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => instances[i % 2].TryTakeAsync("JSJ", At.AddSeconds(i), perHour: 7)));

        Assert.Equal(7, taken.Count(t => t));
        Assert.True(await instances[0].TryTakeAsync("WY", At, perHour: 7), "another unit's box has its own count");
    }

    [Fact]
    public async Task The_next_hour_starts_again_and_its_first_opinion_clears_the_earlier_hours()
    {
        var prefix = AzuriteFixture.UniquePrefix();
        var quota = new TableSuggestionBoxQuota(Tables(prefix));
        Assert.True(await quota.TryTakeAsync("JSJ", At, perHour: 1));
        Assert.False(await quota.TryTakeAsync("JSJ", At.AddMinutes(44), perHour: 1));

        Assert.True(await quota.TryTakeAsync("JSJ", At.AddMinutes(45), perHour: 1));

        var table = await Tables(prefix).GetTableAsync(TableSuggestionBoxQuota.Table);
        var row = Assert.Single(await table.QueryAsync<TableEntity>().ToListAsync());
        Assert.Equal(("JSJ", "2026120307"), (row.PartitionKey, row.RowKey));
    }
}
