namespace RectifyBot.Cards.Tests.Rendering;

/// <summary>What the adaptivecards renderer (Teams light host config) saw for one card, on desktop (1.5) and mobile (1.2).</summary>
internal sealed record RenderResult(string Name, RenderPass Desktop, RenderPass Mobile)
{
    public IEnumerable<string> Problems()
    {
        foreach (var e in Desktop.ParseEvents.Concat(Desktop.ValidationEvents))
        {
            yield return "renderer (desktop, 1.5): " + e;
        }

        if (!Desktop.Rendered)
        {
            yield return "renderer (desktop, 1.5): not rendered: " + Desktop.RenderError;
        }

        foreach (var e in Mobile.ParseEvents.Concat(Mobile.ValidationEvents).Where(e => !e.IsFallbackNotice))
        {
            yield return "renderer (mobile, 1.2): " + e;
        }

        if (!Mobile.Rendered)
        {
            yield return "renderer (mobile, 1.2): not rendered: " + Mobile.RenderError;
        }
        else if (!Mobile.Buttons.SequenceEqual(Desktop.Buttons))
        {
            yield return $"renderer (mobile, 1.2): buttons [{string.Join(", ", Mobile.Buttons)}] instead of [{string.Join(", ", Desktop.Buttons)}]: an action without a fallback was dropped";
        }
    }
}
