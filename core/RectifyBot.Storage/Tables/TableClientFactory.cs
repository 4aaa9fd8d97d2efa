using System.Collections.Concurrent;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace RectifyBot.Storage.Tables;

/// <summary>
/// Hands out <see cref="TableClient"/>s by logical table name (the configured prefix is added here),
/// creating each table on first use and remembering that it exists.
/// </summary>
public sealed class TableClientFactory
{
    private readonly TableServiceClient _service;
    private readonly string _prefix;
    private readonly ConcurrentDictionary<string, Lazy<Task<TableClient>>> _tables = new(StringComparer.Ordinal);

    public TableClientFactory(IOptions<StorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _service = StorageClients.TableService(options.Value);
        _prefix = options.Value.TablePrefix ?? "";
    }

    /// <summary>The physical name of a logical table (prefix + name).</summary>
    public string PhysicalName(string table) => _prefix + table;

    public Task<TableClient> GetTableAsync(string table, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(table);
        var lazy = _tables.GetOrAdd(table, name => new Lazy<Task<TableClient>>(() => CreateAsync(name)));
        var task = lazy.Value;
        if (task.IsFaulted || task.IsCanceled)
        {
            // A failed creation (storage down) must not be cached for ever.
            _tables.TryRemove(new KeyValuePair<string, Lazy<Task<TableClient>>>(table, lazy));
        }

        return task.WaitAsync(cancellationToken);
    }

    private async Task<TableClient> CreateAsync(string table)
    {
        var client = _service.GetTableClient(PhysicalName(table));
        try
        {
            // Not cancellable on purpose: the task is shared by every caller that asks for this table.
            await client.CreateIfNotExistsAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch
        {
            _tables.TryRemove(table, out _);
            throw;
        }

        return client;
    }
}
