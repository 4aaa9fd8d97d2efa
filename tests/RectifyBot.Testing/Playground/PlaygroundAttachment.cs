using System.Text.Json;

namespace RectifyBot.Testing.Playground;

/// <summary>An attachment of a <see cref="PlaygroundMessage"/>; Content is the card JSON as the bot sent it.</summary>
public sealed record PlaygroundAttachment(string ContentType, JsonElement Content)
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public bool IsAdaptiveCard => ContentType == AdaptiveCardContentType;

    public static PlaygroundAttachment Parse(JsonElement attachment) => new(
        attachment.TryGetProperty("contentType", out var type) ? type.GetString() ?? "" : "",
        attachment.TryGetProperty("content", out var content) ? content.Clone() : default);
}
