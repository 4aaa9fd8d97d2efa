using System.Diagnostics;
using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace RectifyBot.Testing.Logging;

/// <summary>Keeps every log entry so a test can check what is (and is never) logged.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyCollection<LogEntry> Entries => _entries;

    /// <summary>Every message, exception text and structured value, for "never logged" assertions.</summary>
    public string AllText => string.Join('\n', _entries.Select(e => $"{e.Category} {e.Message} {e.Exception} {string.Join(' ', e.State)}"));

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, _entries);

    public void Dispose()
    {
    }

    /// <summary>One log line and the operation (trace id of the ambient Activity) it was written in.</summary>
    public sealed record LogEntry(string Category, LogLevel Level, string Message, Exception? Exception, IReadOnlyList<string> State, string? TraceId = null);

    private sealed class CapturingLogger(string category, ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.Select(p => $"{p.Key}={p.Value}").ToList()
                : [];
            entries.Enqueue(new LogEntry(category, logLevel, formatter(state, exception), exception, values, Activity.Current?.TraceId.ToHexString()));
        }
    }
}
