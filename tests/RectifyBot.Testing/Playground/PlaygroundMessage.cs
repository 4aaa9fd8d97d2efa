using System.Text.Json;

namespace RectifyBot.Testing.Playground;

/// <summary>
/// One chat message as the Playground page receives it on /_ws_conversation/v1/conversations/stream.
/// The Playground splits a bot activity into one message for its text and one per attachment
/// (ids "N", "N-xxxxxxxx", ...), like Teams does; an update arrives as <see cref="IsUpdate"/>.
/// </summary>
public sealed record PlaygroundMessage(
    string Action,
    string ConversationId,
    string MessageId,
    string FromId,
    string? Text,
    IReadOnlyList<PlaygroundAttachment> Attachments,
    JsonElement Raw)
{
    public bool IsUpdate => Action == "updateMessage";

    public bool HasAdaptiveCard => Attachments.Any(a => a.IsAdaptiveCard);

    /// <summary>Null for frames that are not chat messages (typing indicators).</summary>
    public static PlaygroundMessage? Parse(JsonElement frame)
    {
        var action = frame.TryGetProperty("action", out var a) ? a.GetString() ?? "" : "";
        if (action is not ("createMessage" or "updateMessage") || !frame.TryGetProperty("message", out var message))
        {
            return null;
        }

        var attachments = message.TryGetProperty("attachments", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(PlaygroundAttachment.Parse).ToList()
            : [];
        return new PlaygroundMessage(
            action,
            frame.TryGetProperty("actionConversationId", out var c) ? c.GetString() ?? "" : "",
            message.TryGetProperty("messageId", out var id) ? id.GetString() ?? "" : "",
            message.TryGetProperty("from", out var from) && from.TryGetProperty("id", out var fromId) ? fromId.GetString() ?? "" : "",
            message.TryGetProperty("text", out var text) ? text.GetString() : null,
            attachments,
            frame.Clone());
    }
}
