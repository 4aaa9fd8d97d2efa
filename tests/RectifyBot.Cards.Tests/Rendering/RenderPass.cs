namespace RectifyBot.Cards.Tests.Rendering;

/// <summary>One parse and render of a card at one schema version.</summary>
internal sealed record RenderPass(
    IReadOnlyList<RendererEvent> ParseEvents,
    IReadOnlyList<RendererEvent> ValidationEvents,
    bool Rendered,
    string? RenderError,
    string RenderedText,
    IReadOnlyList<string> Buttons);
