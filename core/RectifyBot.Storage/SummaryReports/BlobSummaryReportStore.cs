using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Options;
using RectifyBot.Core.SummaryReports;
using RectifyBot.Storage.Tables;

namespace RectifyBot.Storage.SummaryReports;

/// <summary>
/// Submitted summary reports: every file is a blob in container <see cref="ContainerName"/> (prefixed like the tables,
/// lower-cased) named "{unit code}/{UTC ticks}-{8 hex}.docx", never overwritten; table <see cref="TableName"/> keeps per
/// unit (PartitionKey "latest", RowKey = unit code) the latest submission (FileName, Size, SubmittedBy, SubmittedAt,
/// Blob) and a history row per submission (PartitionKey "history|{unit code}", RowKey = the blob's name). The blob is
/// written before the rows, so a row never points at a missing file.
/// </summary>
public sealed class BlobSummaryReportStore : ISummaryReportStore
{
    public const string TableName = "SummaryReports";
    public const string ContainerName = "summary-reports";
    private const string Latest = "latest";

    private readonly TableClientFactory _tables;
    private readonly BlobContainerClient _container;
    private readonly Lazy<Task> _created;

    public BlobSummaryReportStore(TableClientFactory tables, IOptions<StorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _tables = tables;
        var prefix = new string((options.Value.TablePrefix ?? "").ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray());
        _container = StorageClients.BlobService(options.Value).GetBlobContainerClient(prefix.Length == 0 ? ContainerName : prefix + "-" + ContainerName);
        _created = new Lazy<Task>(() => _container.CreateIfNotExistsAsync(PublicAccessType.None));
    }

    public async Task SaveAsync(SummaryReportSubmission submission, byte[] content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(content);
        await _created.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        var unit = TableKeys.Validate(submission.UnitCode, nameof(submission));
        var blobName = $"{unit}/{submission.SubmittedAt.UtcTicks:D19}-{Guid.NewGuid().ToString("N")[..8]}.docx";
        await _container.GetBlobClient(blobName).UploadAsync(new BinaryData(content), overwrite: false, cancellationToken).ConfigureAwait(false);

        var table = await _tables.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        await table.UpsertEntityAsync(Row("history|" + unit, blobName.Replace('/', '|'), submission, blobName), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        await table.UpsertEntityAsync(Row(Latest, unit, submission, blobName), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task<SummaryReportSubmission?> FindAsync(string unitCode, CancellationToken cancellationToken = default) =>
        await FindRowAsync(unitCode, cancellationToken).ConfigureAwait(false) is { } row ? Of(row) : null;

    public async Task<IReadOnlyList<SummaryReportSubmission>> ListAsync(CancellationToken cancellationToken = default)
    {
        var table = await _tables.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        var list = new List<SummaryReportSubmission>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == Latest, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            list.Add(Of(row));
        }

        return list;
    }

    public async Task<byte[]?> ReadAsync(string unitCode, CancellationToken cancellationToken = default)
    {
        if (await FindRowAsync(unitCode, cancellationToken).ConfigureAwait(false) is not { } row)
        {
            return null;
        }

        var content = await _container.GetBlobClient(row.GetString("Blob")).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
        return content.Value.Content.ToArray();
    }

    private async Task<TableEntity?> FindRowAsync(string unitCode, CancellationToken cancellationToken)
    {
        var table = await _tables.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(Latest, TableKeys.Validate(unitCode, nameof(unitCode)), cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue ? found.Value : null;
    }

    private static TableEntity Row(string partition, string rowKey, SummaryReportSubmission submission, string blobName) => new(partition, rowKey)
    {
        ["UnitCode"] = submission.UnitCode,
        ["FileName"] = submission.FileName,
        ["Size"] = submission.Size,
        ["SubmittedBy"] = submission.SubmittedByNumber,
        ["SubmittedAt"] = submission.SubmittedAt.ToUniversalTime(),
        ["Blob"] = blobName,
    };

    private static SummaryReportSubmission Of(TableEntity row) => new(
        row.GetString("UnitCode") ?? row.RowKey,
        row.GetString("FileName") ?? "",
        row.GetInt64("Size") ?? 0,
        row.GetString("SubmittedBy") ?? "",
        row.GetDateTimeOffset("SubmittedAt") ?? DateTimeOffset.MinValue);
}
