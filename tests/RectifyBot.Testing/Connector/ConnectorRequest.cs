using System.Text.Json.Nodes;

namespace RectifyBot.Testing.Connector;

/// <summary>
/// One request as the <see cref="FakeBotConnector"/> received it, with how it was answered.
/// ActivityId is the activity in the path: the one replied to (POST) or updated (PUT); null for a plain send.
/// AnsweredActivityId is the id the connector answered with (null unless the request was accepted).
/// </summary>
public sealed record ConnectorRequest(
    string Method,
    string Path,
    string ConversationId,
    string? ActivityId,
    string Body,
    DateTimeOffset ReceivedAt,
    ConnectorReply Reply,
    string? AnsweredActivityId)
{
    public JsonNode? Json => string.IsNullOrEmpty(Body) ? null : JsonNode.Parse(Body);

    /// <summary>A plain send into the conversation (POST .../activities), not a reply and not an update.</summary>
    public bool IsPlainSend => Method == "POST" && ActivityId is null;
}
