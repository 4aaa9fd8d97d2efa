namespace RectifyBot.Bot.Conversations;

/// <summary>
/// A command's answer: a card, a text, or both. To a typed message or a mobile submit it is sent as a message;
/// to a desktop Action.Execute the card replaces the clicked card (or the text shows as a toast).
/// </summary>
public sealed record ChatReply(string? Text, string? CardJson)
{
    public static ChatReply Card(string cardJson) => new(null, cardJson);

    public static ChatReply Message(string text) => new(text, null);
}
