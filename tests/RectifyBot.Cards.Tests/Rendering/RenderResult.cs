namespace RectifyBot.Cards.Tests.Rendering;

/// <summary>What the adaptivecards renderer (Teams light host config) saw for one card.</summary>
internal sealed record RenderResult(
    string Name,
    IReadOnlyList<string> ParseEvents,
    IReadOnlyList<string> ValidationEvents,
    bool Rendered,
    string? RenderError,
    string RenderedText)
{
    public IEnumerable<string> Problems()
    {
        foreach (var e in ParseEvents)
        {
            yield return "renderer, parse: " + e;
        }

        foreach (var e in ValidationEvents)
        {
            yield return "renderer, validation: " + e;
        }

        if (!Rendered)
        {
            yield return "renderer: not rendered: " + RenderError;
        }
    }
}
