using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using RectifyBot.Core.Delivery;
using RectifyBot.Storage.Tables;

namespace RectifyBot.Storage.Delivery;

/// <summary>
/// Outbox rows live in the table named by <see cref="OutboxMessageId.Table"/> (<see cref="DefaultTable"/> unless a
/// repository writes them beside its own rows), with the id's partition and row keys.
/// Add is insert-if-absent (the row key is derived from the cause); updates are conditional on the ETag.
/// </summary>
public sealed class TableOutbox(TableClientFactory tables) : IOutbox
{
    public const string DefaultTable = "Outbox";

    /// <summary>Every table that holds outbox rows: the sweep looks in each (rows of other kinds are filtered out by Kind).</summary>
    public static IReadOnlyList<string> Tables { get; } = [DefaultTable, Measures.TableMeasureRepository.TableName, Supervision.TableReminderLog.TableName, Plans.TablePlanRepository.TableName, StatusReports.TableStatusReportRepository.TableName];

    public async Task<bool> AddAsync(OutboxMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var entity = OutboxEntities.ToEntity(message);
        var table = await tables.GetTableAsync(message.Id.Table, cancellationToken).ConfigureAwait(false);
        try
        {
            await table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    public async Task<OutboxMessage?> FindAsync(OutboxMessageId id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        var table = await tables.GetTableAsync(id.Table, cancellationToken).ConfigureAwait(false);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(
            TableKeys.Validate(id.PartitionKey, nameof(id)),
            TableKeys.Validate(id.RowKey, nameof(id)),
            cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue && found.Value is { } entity ? OutboxEntities.FromEntity(id.Table, entity) : null;
    }

    public async Task<OutboxMessage?> TryUpdateAsync(OutboxMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.ETag is null)
        {
            throw new ArgumentException($"Outbox message {message.Id} has no ETag: read it before updating it.", nameof(message));
        }

        var entity = OutboxEntities.ToEntity(message);
        var table = await tables.GetTableAsync(message.Id.Table, cancellationToken).ConfigureAwait(false);
        try
        {
            // Replace, not merge: a shorter text must not leave stale pieces behind.
            var response = await table.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return message with { ETag = response.Headers.ETag?.ToString() };
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            return null;
        }
    }

    public async IAsyncEnumerable<OutboxMessageId> FindUnsentAsync(DateTimeOffset olderThan, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var before = olderThan.ToUniversalTime();
        var filter = TableClient.CreateQueryFilter(
            $"Kind eq {OutboxEntities.KindValue} and (((Status eq {nameof(OutboxStatus.Pending)} or Status eq {nameof(OutboxStatus.Failed)}) and CreatedAt lt {before}) or (Status eq {nameof(OutboxStatus.Sending)} and LastAttemptAt lt {before}))");
        foreach (var name in Tables)
        {
            var table = await tables.GetTableAsync(name, cancellationToken).ConfigureAwait(false);
            var rows = table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken);
            await foreach (var row in rows.ConfigureAwait(false))
            {
                yield return new OutboxMessageId(name, row.PartitionKey, row.RowKey);
            }
        }
    }
}
