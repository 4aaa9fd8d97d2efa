using System.Diagnostics;

namespace RectifyBot.Core.Diagnostics;

/// <summary>
/// One correlation id per operation — a bot turn, a timer run, a send — as the W3C trace id of an ambient
/// <see cref="Activity"/>. The hosts' loggers add the trace id to every log line's scope, and an outbox row keeps the
/// trace id of the operation that wrote it, so the send in the functions app logs under the same id as the turn.
/// Activities are started by hand: they exist whether or not telemetry listens.
/// </summary>
public static class Correlation
{
    /// <summary>The current operation's id (32 hex digits), or null outside any operation.</summary>
    public static string? CurrentId => Activity.Current?.TraceId.ToHexString();

    /// <summary>Starts an operation under the current one (a fresh trace if there is none).</summary>
    public static Activity Start(string operation) => new Activity(operation).Start();

    /// <summary>Starts an operation that continues the one with <paramref name="correlationId"/> (a fresh trace if it is missing or malformed).</summary>
    public static Activity Continue(string operation, string? correlationId)
    {
        var activity = new Activity(operation);
        if (IsValid(correlationId))
        {
            activity.SetParentId(ActivityTraceId.CreateFromString(correlationId), ActivitySpanId.CreateRandom());
        }

        return activity.Start();
    }

    private static bool IsValid(string? id) =>
        id is { Length: 32 } && id.All(char.IsAsciiHexDigitLower) && id.Any(c => c != '0');
}
