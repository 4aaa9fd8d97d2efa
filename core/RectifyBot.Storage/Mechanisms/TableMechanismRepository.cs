using System.Runtime.CompilerServices;
using Azure.Data.Tables;
using RectifyBot.Core.Mechanisms;
using RectifyBot.Storage.Tables;

namespace RectifyBot.Storage.Mechanisms;

/// <summary>
/// Table "Mechanisms", one partition per unit (its code): a row per mechanism in force ("mechanism|{kind}") and a
/// history row per change ("history|{kind}|{ticks}-{random}"), written in one transaction (<see cref="AuditedRows"/>),
/// each with who and when. See docs/storage.md.
/// </summary>
public sealed class TableMechanismRepository(TableClientFactory tables) : IMechanismRepository
{
    public const string Table = "Mechanisms";
    private const string CurrentPrefix = "mechanism|";

    public async Task<UnitMechanisms> LoadAsync(string unitCode, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(unitCode);
        var table = await tables.GetTableAsync(Table, cancellationToken).ConfigureAwait(false);
        var recorded = new List<Mechanism>();
        var history = new List<Mechanism>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Validate(unitCode, nameof(unitCode))}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (Read(row) is not { } mechanism)
            {
                continue;
            }

            (row.RowKey.StartsWith(CurrentPrefix, StringComparison.Ordinal) ? recorded : history).Add(mechanism);
        }

        return new UnitMechanisms(unitCode, [.. recorded.OrderBy(m => m.Kind)], [.. history.OrderByDescending(m => m.ChangedAt)]);
    }

    public Task SaveAsync(Mechanism mechanism, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mechanism);
        ArgumentException.ThrowIfNullOrWhiteSpace(mechanism.ChangedByNumber);
        var at = mechanism.ChangedAt ?? throw new ArgumentException("A saved mechanism says when it changed.", nameof(mechanism));
        var partition = TableKeys.Validate(mechanism.UnitCode, nameof(mechanism));
        return new AuditedRows(tables, Table, partition, CurrentPrefix).SaveAsync(mechanism.Kind.ToString(), at, key => new TableEntity(partition, key)
        {
            ["Kind"] = mechanism.Kind.ToString(),
            ["Status"] = mechanism.Status.ToString(),
            ["Document"] = mechanism.Document,
            ["Link"] = mechanism.Link,
            ["ChangedByNumber"] = mechanism.ChangedByNumber,
            ["ChangedAt"] = at.ToUniversalTime(),
        }, cancellationToken);
    }

    public async IAsyncEnumerable<Mechanism> ListAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var table = await tables.GetTableAsync(Table, cancellationToken).ConfigureAwait(false);

        // '}' follows '|' in ASCII: every row in force lies in [prefix, prefix-without-bar + '}') of its partition.
        var filter = TableClient.CreateQueryFilter($"RowKey ge {CurrentPrefix} and RowKey lt {CurrentPrefix[..^1] + "}"}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (Read(row) is { } mechanism)
            {
                yield return mechanism;
            }
        }
    }

    private static Mechanism? Read(TableEntity row) =>
        Enum.TryParse<MechanismKind>(row.GetString("Kind"), out var kind) && Enum.TryParse<MechanismStatus>(row.GetString("Status"), out var status)
            ? new Mechanism(row.PartitionKey, kind, status, row.GetString("Document"), row.GetString("Link"))
            {
                ChangedByNumber = row.GetString("ChangedByNumber"),
                ChangedAt = row.GetDateTimeOffset("ChangedAt"),
            }
            : null;
}
