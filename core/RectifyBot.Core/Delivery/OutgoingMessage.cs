namespace RectifyBot.Core.Delivery;

/// <summary>What to send: a plain text, an Adaptive Card (JSON), or both. Locale decides nothing here: the content is already localized.</summary>
public sealed record OutgoingMessage(string? Text, string? CardJson)
{
    public static OutgoingMessage Card(string cardJson) => new(null, cardJson);

    public static OutgoingMessage PlainText(string text) => new(text, null);
}
