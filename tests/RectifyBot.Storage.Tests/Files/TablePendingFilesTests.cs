using Azure.Data.Tables;
using RectifyBot.Core.Files;
using RectifyBot.Storage.Files;
using RectifyBot.Storage.Tables;
using RectifyBot.Testing.Storage;

namespace RectifyBot.Storage.Tests.Files;

/// <summary>
/// Exported files waiting for consent, on Azurite: stored in 48 KiB chunks, given back whole only to the person they
/// were made for, once, and never after 15 minutes.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TablePendingFilesTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Made = new(2026, 12, 10, 2, 0, 0, TimeSpan.Zero);

    private readonly TableClientFactory _tables = StorageTestTables.Create(azurite);

    [Fact]
    public async Task A_200_KiB_file_is_stored_in_48_KiB_chunks_and_comes_back_whole_once()
    {
        var content = Enumerable.Range(0, 200 * 1024).Select(i => (byte)(i * 7)).ToArray();
        var files = new TablePendingFiles(_tables);
        await files.SaveAsync(new PendingFile("f1", "aad-1", "整改台帐.xlsx", content, Made));

        var table = await _tables.GetTableAsync(TablePendingFiles.TableName);
        var chunks = await table.QueryAsync<TableEntity>(r => r.PartitionKey == "aad-1").Where(r => r.RowKey.Contains('|')).ToListAsync();
        Assert.Equal(5, chunks.Count);
        Assert.All(chunks, c => Assert.True(c.GetBinary("Data").Length <= TablePendingFiles.ChunkBytes));

        var taken = await files.TakeAsync("aad-1", "f1", Made.AddMinutes(14));
        Assert.NotNull(taken);
        Assert.Equal(content, taken.Content);
        Assert.Equal("整改台帐.xlsx", taken.Name);
        Assert.Null(await files.TakeAsync("aad-1", "f1", Made.AddMinutes(14)));
        Assert.Empty(await table.QueryAsync<TableEntity>(r => r.PartitionKey == "aad-1").ToListAsync());
    }

    [Fact]
    public async Task Another_person_gets_nothing_and_after_15_minutes_nobody_does()
    {
        var files = new TablePendingFiles(_tables);
        await files.SaveAsync(new PendingFile("f2", "aad-1", "名册检查.xlsx", [1, 2, 3], Made));

        Assert.Null(await files.TakeAsync("aad-2", "f2", Made.AddMinutes(1)));
        Assert.Null(await files.TakeAsync("aad-1", "f2", Made.AddMinutes(15)));
        Assert.Null(await files.TakeAsync("aad-1", "f2", Made.AddMinutes(1)));
    }

    [Fact]
    public async Task Saving_a_file_removes_the_persons_files_that_expired_untaken_and_keeps_the_ones_still_waiting()
    {
        var files = new TablePendingFiles(_tables);
        var big = Enumerable.Range(0, 100 * 1024).Select(i => (byte)i).ToArray();
        await files.SaveAsync(new PendingFile("old", "aad-3", "整改台帐.xlsx", big, Made));
        await files.SaveAsync(new PendingFile("recent", "aad-3", "名册检查.xlsx", [4, 5, 6], Made.AddMinutes(10)));
        await files.SaveAsync(new PendingFile("other", "aad-4", "整改台帐.xlsx", [7], Made));

        await files.SaveAsync(new PendingFile("new", "aad-3", "测评链接.xlsx", [8, 9], Made.AddMinutes(16)));

        var table = await _tables.GetTableAsync(TablePendingFiles.TableName);
        var left = await table.QueryAsync<TableEntity>(r => r.PartitionKey == "aad-3").Select(r => r.RowKey).ToListAsync();
        Assert.DoesNotContain(left, k => k.StartsWith("old", StringComparison.Ordinal));
        Assert.Equal([4, 5, 6], (await files.TakeAsync("aad-3", "recent", Made.AddMinutes(17)))?.Content);
        Assert.Equal([8, 9], (await files.TakeAsync("aad-3", "new", Made.AddMinutes(17)))?.Content);
        Assert.Equal([7], (await files.TakeAsync("aad-4", "other", Made.AddMinutes(1)))?.Content);
    }
}
