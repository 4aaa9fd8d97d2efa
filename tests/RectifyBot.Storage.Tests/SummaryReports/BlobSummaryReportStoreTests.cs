using Microsoft.Extensions.Options;
using RectifyBot.Core.SummaryReports;
using RectifyBot.Storage.SummaryReports;
using RectifyBot.Storage.Tables;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Storage.Tests.SummaryReports;

[Collection(AzuriteCollection.Name)]
public sealed class BlobSummaryReportStoreTests(AzuriteFixture azurite)
{
    private BlobSummaryReportStore Create()
    {
        var options = new StorageOptions { ConnectionString = azurite.ConnectionString, TablePrefix = AzuriteFixture.UniquePrefix() };
        return new BlobSummaryReportStore(new TableClientFactory(Options.Create(options)), Options.Create(options));
    }

    [Fact]
    public async Task A_submission_is_kept_in_blob_storage_with_who_and_when_and_the_latest_one_counts()
    {
        var store = Create();
        var first = new SummaryReportSubmission("HP-JSJ", "初稿.docx", 3, "200001", new DateTimeOffset(2026, 12, 28, 2, 0, 0, TimeSpan.Zero));
        var second = new SummaryReportSubmission("HP-JSJ", "定稿.docx", 4, "200002", new DateTimeOffset(2026, 12, 30, 2, 0, 0, TimeSpan.Zero));
        var other = new SummaryReportSubmission("HP-WX", "文学院.docx", 1, "300001", new DateTimeOffset(2026, 12, 29, 2, 0, 0, TimeSpan.Zero));

        Assert.Null(await store.FindAsync("HP-JSJ"));
        Assert.Null(await store.ReadAsync("HP-JSJ"));
        await store.SaveAsync(first, [1, 2, 3]);
        await store.SaveAsync(second, [4, 5, 6, 7]);
        await store.SaveAsync(other, [9]);

        Assert.Equal(second, await store.FindAsync("HP-JSJ"));
        Assert.Equal([4, 5, 6, 7], await store.ReadAsync("HP-JSJ"));
        Assert.Equal([second, other], (await store.ListAsync()).OrderBy(s => s.UnitCode, StringComparer.Ordinal));
    }
}
