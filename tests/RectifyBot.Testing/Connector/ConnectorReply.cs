namespace RectifyBot.Testing.Connector;

/// <summary>How the <see cref="FakeBotConnector"/> answers one request.</summary>
public abstract record ConnectorReply
{
    private ConnectorReply() { }

    /// <summary>200 with {"id": "..."}: the activity was accepted.</summary>
    public static ConnectorReply Accept { get; } = new Accepted();

    /// <summary>Reads the whole request (it counts as received), then resets the connection without an answer.</summary>
    public static ConnectorReply AcceptThenReset { get; } = new Reset();

    /// <summary>Reads the request and never answers (until the client gives up or the connector stops).</summary>
    public static ConnectorReply NoAnswer { get; } = new Silent();

    public static ConnectorReply Status(int statusCode) => new Refused(statusCode, null);

    /// <summary>429 with a Retry-After header of <paramref name="retryAfterSeconds"/> seconds.</summary>
    public static ConnectorReply Throttle(int retryAfterSeconds) => new Refused(429, retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>429 with the given raw Retry-After value (seconds or an HTTP date).</summary>
    public static ConnectorReply Throttle(string retryAfter) => new Refused(429, retryAfter);

    public sealed record Accepted : ConnectorReply;

    public sealed record Reset : ConnectorReply;

    public sealed record Silent : ConnectorReply;

    public sealed record Refused(int StatusCode, string? RetryAfter) : ConnectorReply;
}
