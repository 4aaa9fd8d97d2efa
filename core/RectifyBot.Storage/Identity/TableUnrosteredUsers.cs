using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using RectifyBot.Core.Identity;
using RectifyBot.Storage.Tables;

namespace RectifyBot.Storage.Identity;

/// <summary>
/// Table <see cref="TableName"/>: PartitionKey "teams", RowKey = the AAD object id. A few hundred rows at most (people
/// the office still has to add), read whole for the roster-health report.
/// </summary>
public sealed class TableUnrosteredUsers(TableClientFactory tables) : IUnrosteredUsers
{
    public const string TableName = "UnrosteredTeamsUsers";
    private const string Partition = "teams";

    public async Task RecordAsync(TeamsIdentity identity, DateTimeOffset seenAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var table = await tables.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        var key = TableKeys.Validate(identity.AadObjectId, nameof(identity));
        var existing = await table.GetEntityIfExistsAsync<TableEntity>(Partition, key, cancellationToken: cancellationToken).ConfigureAwait(false);
        var firstSeen = existing.HasValue ? existing.Value!.GetDateTimeOffset("FirstSeen") ?? seenAt : seenAt;
        await table.UpsertEntityAsync(
            new TableEntity(Partition, key)
            {
                ["UserPrincipalName"] = identity.UserPrincipalName,
                ["Email"] = identity.Email,
                ["Name"] = identity.Name,
                ["FirstSeen"] = firstSeen,
                ["LastSeen"] = seenAt,
            },
            TableUpdateMode.Replace,
            cancellationToken).ConfigureAwait(false);
    }

    public async Task ForgetAsync(string aadObjectId, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        try
        {
            await table.DeleteEntityAsync(Partition, TableKeys.Validate(aadObjectId, nameof(aadObjectId)), ETag.All, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Never recorded: nothing to forget.
        }
    }

    public async IAsyncEnumerable<UnrosteredUser> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var table = await tables.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == Partition, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return new UnrosteredUser(
                new TeamsIdentity(row.RowKey, row.GetString("UserPrincipalName"), row.GetString("Email"), row.GetString("Name")),
                row.GetDateTimeOffset("FirstSeen") ?? DateTimeOffset.MinValue,
                row.GetDateTimeOffset("LastSeen") ?? DateTimeOffset.MinValue);
        }
    }
}
