using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace RectifyBot.Benchmarks;

/// <summary>
/// Counts the storage requests the Azure SDK sends (its "Azure-Core" event source logs each one), by method and the
/// table or queue named in the path, so a benchmark can report requests per turn and where they go.
/// </summary>
internal sealed class StorageRequestCounter : EventListener
{
    private readonly ConcurrentDictionary<string, int> _byTarget = new(StringComparer.Ordinal);
    private int _total;

    public int Total => Volatile.Read(ref _total);

    public IReadOnlyDictionary<string, int> ByTarget => _byTarget;

    public void Reset()
    {
        _byTarget.Clear();
        Volatile.Write(ref _total, 0);
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Azure-Core")
        {
            EnableEvents(eventSource, EventLevel.Informational);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName != "Request" || eventData.Payload is not { Count: >= 3 } payload || eventData.PayloadNames?.Contains("uri") != true)
        {
            return;
        }

        Interlocked.Increment(ref _total);
        var names = eventData.PayloadNames ?? [];
        var uri = payload[names.IndexOf("uri")] as string ?? "";
        var method = payload[names.IndexOf("method")] as string ?? "";
        _byTarget.AddOrUpdate(method + " " + Target(uri), 1, (_, n) => n + 1);
    }

    /// <summary>The table (without its prefix and keys) or queue a request goes to.</summary>
    private static string Target(string uri)
    {
        var path = new Uri(uri).AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var name = path.Length > 1 ? path[1] : "?";
        var paren = name.IndexOf('(', StringComparison.Ordinal);
        name = paren >= 0 ? name[..paren] : name;
        return name.Length > 16 && name.StartsWith("bench", StringComparison.Ordinal) ? name[17..] : name;
    }
}
