using Azure.Data.Tables;
using RectifyBot.Core.Conversations;
using RectifyBot.Storage.Tables;

namespace RectifyBot.Storage.Conversations;

/// <summary>
/// Table <see cref="TableName"/>: PartitionKey = the person's AAD object id, RowKey = the channel id ("msteams").
/// Sending looks a person up by AAD object id only, so that is a point read; saving replaces the row, so the newest address wins.
/// </summary>
public sealed class TableConversationAddressBook(TableClientFactory tables) : IConversationAddressBook
{
    public const string TableName = "ConversationAddresses";

    /// <summary>The only channel of v1; the row key leaves room for others.</summary>
    public const string TeamsChannelId = "msteams";

    public async Task SaveAsync(ConversationAddress address, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        var entity = new TableEntity(
            TableKeys.Validate(address.AadObjectId, nameof(address)),
            TableKeys.Validate(address.ChannelId, nameof(address)))
        {
            ["TenantId"] = address.TenantId,
            ["ConversationId"] = address.ConversationId,
            ["ServiceUrl"] = address.ServiceUrl,
            ["Locale"] = address.Locale,
            ["UpdatedAt"] = address.UpdatedAt,
        };
        LongStringProperty.Write(entity, "ReferenceJson", address.ReferenceJson);
        var table = await tables.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ConversationAddress?> FindAsync(string aadObjectId, CancellationToken cancellationToken = default)
    {
        TableKeys.Validate(aadObjectId, nameof(aadObjectId));
        var table = await tables.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(aadObjectId, TeamsChannelId, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!found.HasValue || found.Value is not { } entity)
        {
            return null;
        }

        return new ConversationAddress(
            AadObjectId: entity.PartitionKey,
            TenantId: entity.GetString("TenantId"),
            ChannelId: entity.RowKey,
            ConversationId: entity.GetString("ConversationId") ?? "",
            ServiceUrl: entity.GetString("ServiceUrl") ?? "",
            Locale: entity.GetString("Locale"),
            ReferenceJson: LongStringProperty.Read(entity, "ReferenceJson") ?? "",
            UpdatedAt: entity.GetDateTimeOffset("UpdatedAt") ?? entity.Timestamp ?? DateTimeOffset.MinValue);
    }
}
