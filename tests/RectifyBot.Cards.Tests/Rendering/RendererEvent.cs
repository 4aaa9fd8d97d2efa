namespace RectifyBot.Cards.Tests.Rendering;

/// <summary>A parse or validation event of the adaptivecards renderer (its ValidationEvent name and message).</summary>
internal sealed record RendererEvent(string Event, string Message)
{
    /// <summary>
    /// At schema 1.2 a newer type is reported as unknown, and its fallback is used; a card's refresh (1.4) is ignored,
    /// and the copy is still updated in place: expected, not faults.
    /// </summary>
    public bool IsFallbackNotice => Event is "UnknownElementType" or "UnknownActionType"
        || (Event == "UnsupportedProperty" && Message.StartsWith("Property \"refresh\"", StringComparison.Ordinal));

    public override string ToString() => $"{Event}: {Message}";
}
