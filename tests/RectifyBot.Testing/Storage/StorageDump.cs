using Azure.Data.Tables;
using Azure.Storage.Queues;

namespace RectifyBot.Testing.Storage;

/// <summary>Everything a test's storage holds, as an attacker with the storage key would read it (the anonymity tests).</summary>
public static class StorageDump
{
    /// <summary>Every row of every table whose name starts with <paramref name="prefix"/>, by the table's name without it.</summary>
    public static async Task<Dictionary<string, List<TableEntity>>> TablesAsync(string connectionString, string prefix)
    {
        var service = new TableServiceClient(connectionString);
        var all = new Dictionary<string, List<TableEntity>>(StringComparer.Ordinal);
        await foreach (var table in service.QueryAsync(t => t.Name.CompareTo(prefix) >= 0 && t.Name.CompareTo(prefix + "~") < 0))
        {
            var rows = new List<TableEntity>();
            await foreach (var row in service.GetTableClient(table.Name).QueryAsync<TableEntity>())
            {
                rows.Add(row);
            }

            all[table.Name[prefix.Length..]] = rows;
        }

        return all;
    }

    /// <summary>Every message (up to 32 a queue) of every queue whose name starts with <paramref name="prefix"/>, as sent and Base64-decoded.</summary>
    public static async Task<List<string>> QueuesAsync(string connectionString, string prefix)
    {
        var service = new QueueServiceClient(connectionString);
        var all = new List<string>();
        await foreach (var queue in service.GetQueuesAsync(prefix: prefix))
        {
            foreach (var message in (await service.GetQueueClient(queue.Name).PeekMessagesAsync(32)).Value)
            {
                var body = message.Body.ToString();
                all.Add(body);
                try
                {
                    all.Add(System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(body)));
                }
                catch (FormatException)
                {
                    // Not Base64: the plain text above is what it says.
                }
            }
        }

        return all;
    }

    /// <summary>A row's key and every property value as one string, for "contains" checks.</summary>
    public static string Flatten(TableEntity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.RowKey + " " + string.Join(" ", row.Select(p => p.Value?.ToString()));
    }
}
