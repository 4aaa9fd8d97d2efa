using Azure;
using Azure.Data.Tables;
using RectifyBot.Core.Delivery;
using RectifyBot.Storage.Tables;

namespace RectifyBot.Storage.Delivery;

/// <summary>
/// Table <see cref="TableName"/>: PartitionKey "unreachable", RowKey = the AAD object id, the latest refusal only.
/// Small (people who uninstalled or blocked the bot), read whole for the office's list.
/// </summary>
public sealed class TableUnreachableRecipients(TableClientFactory tables) : IUnreachableRecipients
{
    public const string TableName = "UnreachableRecipients";
    private const string Partition = "unreachable";

    public async Task RecordAsync(UnreachableRecipient recipient, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        var table = await tables.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        await table.UpsertEntityAsync(
            new TableEntity(Partition, TableKeys.Validate(recipient.AadObjectId, nameof(recipient)))
            {
                ["At"] = recipient.At.ToUniversalTime(),
                ["StatusCode"] = recipient.StatusCode,
                ["Reason"] = recipient.Reason,
                ["OutboxMessageId"] = recipient.OutboxMessageId,
            },
            TableUpdateMode.Replace,
            cancellationToken).ConfigureAwait(false);
    }

    public async Task ClearAsync(string aadObjectId, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        try
        {
            await table.DeleteEntityAsync(Partition, TableKeys.Validate(aadObjectId, nameof(aadObjectId)), ETag.All, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Not recorded: nothing to clear.
        }
    }

    public async Task<IReadOnlyList<UnreachableRecipient>> ListAsync(CancellationToken cancellationToken = default)
    {
        var table = await tables.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        var all = new List<UnreachableRecipient>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == Partition, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            all.Add(new UnreachableRecipient(
                row.RowKey,
                row.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue,
                row.GetInt32("StatusCode") ?? 0,
                row.GetString("Reason") ?? "",
                row.GetString("OutboxMessageId") ?? ""));
        }

        return all;
    }
}
