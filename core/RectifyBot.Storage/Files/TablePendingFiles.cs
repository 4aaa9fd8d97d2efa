using Azure;
using Azure.Data.Tables;
using RectifyBot.Core.Files;
using RectifyBot.Storage.Tables;

namespace RectifyBot.Storage.Files;

/// <summary>
/// Table <see cref="TableName"/>: PartitionKey = the person's AAD object id (only they can take the file), a header row
/// <c>{id}</c> (Name, Size, Chunks, CreatedAt, ExpiresAt) and a row per chunk <c>{id}|{0000}</c> holding at most
/// <see cref="ChunkBytes"/> in one binary property (the limit is 64 KiB). Chunks are written first and the header last,
/// so a half-written file is never found; taking a file deletes its rows, and saving one deletes the person's files
/// that expired without being taken (declined, or the card ignored), so the table holds little more than what waits.
/// </summary>
public sealed class TablePendingFiles(TableClientFactory tables) : IPendingFiles
{
    public const string TableName = "PendingFiles";

    public const int ChunkBytes = 48 * 1024;

    /// <summary>Chunks per transaction: 40 × 48 KiB, base64 in JSON, stays under the 4 MiB batch limit.</summary>
    private const int ChunksPerTransaction = 40;

    public async Task SaveAsync(PendingFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var partition = TableKeys.Validate(file.ForAadObjectId, nameof(file));
        var id = TableKeys.Validate(file.Id, nameof(file));
        var table = await tables.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        await RemoveExpiredAsync(table, partition, file.CreatedAt, cancellationToken).ConfigureAwait(false);
        var chunks = file.Content.Chunk(ChunkBytes).Select((bytes, i) => new TableEntity(partition, ChunkKey(id, i)) { ["Data"] = bytes }).ToList();
        foreach (var batch in chunks.Chunk(ChunksPerTransaction))
        {
            await table.SubmitTransactionAsync(batch.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)), cancellationToken).ConfigureAwait(false);
        }

        await table.UpsertEntityAsync(new TableEntity(partition, id)
        {
            ["Name"] = file.Name,
            ["Size"] = file.Content.Length,
            ["Chunks"] = chunks.Count,
            ["CreatedAt"] = file.CreatedAt.ToUniversalTime(),
            ["ExpiresAt"] = file.ExpiresAt.ToUniversalTime(),
        }, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task<PendingFile?> TakeAsync(string aadObjectId, string id, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(aadObjectId);
        ArgumentNullException.ThrowIfNull(id);
        if (aadObjectId.Length == 0 || id.Length == 0 || id.Contains('|', StringComparison.Ordinal))
        {
            return null;
        }

        var table = await tables.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        var header = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Validate(aadObjectId, nameof(aadObjectId)), TableKeys.Validate(id, nameof(id)), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!header.HasValue || header.Value is not { } row)
        {
            return null;
        }

        // Taking is once: whoever deletes the header (ETag) gets the file.
        try
        {
            await table.DeleteEntityAsync(row, row.ETag, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            return null;
        }

        var content = await DeleteChunksAsync(table, aadObjectId, id, row.GetInt32("Size") ?? 0, cancellationToken).ConfigureAwait(false);
        var expires = row.GetDateTimeOffset("ExpiresAt") ?? DateTimeOffset.MinValue;
        return now >= expires || content.Count != (row.GetInt32("Size") ?? -1)
            ? null
            : new PendingFile(id, aadObjectId, row.GetString("Name") ?? "", [.. content], row.GetDateTimeOffset("CreatedAt") ?? now);
    }

    /// <summary>Deletes a file's chunks (its header is gone already) and returns their bytes in order.</summary>
    private static async Task<List<byte>> DeleteChunksAsync(TableClient table, string partition, string id, int size, CancellationToken cancellationToken)
    {
        var content = new List<byte>(size);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey gt {id + "|"} and RowKey lt {id + "}"}");
        var chunkKeys = new List<string>();
        await foreach (var chunk in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            content.AddRange(chunk.GetBinary("Data") ?? []);
            chunkKeys.Add(chunk.RowKey);
        }

        foreach (var key in chunkKeys)
        {
            await table.DeleteEntityAsync(partition, key, ETag.All, cancellationToken).ConfigureAwait(false);
        }

        return content;
    }

    /// <summary>The person's files whose time ran out before they were taken: header first (ETag: a concurrent take wins), then chunks.</summary>
    private static async Task RemoveExpiredAsync(TableClient table, string partition, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and ExpiresAt le {now.ToUniversalTime()}");
        var expired = await table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var header in expired)
        {
            try
            {
                await table.DeleteEntityAsync(header, header.ETag, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException ex) when (ex.Status is 404 or 412)
            {
                continue;
            }

            await DeleteChunksAsync(table, partition, header.RowKey, 0, cancellationToken).ConfigureAwait(false);
        }
    }

    private static string ChunkKey(string id, int index) => id + "|" + index.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
}
