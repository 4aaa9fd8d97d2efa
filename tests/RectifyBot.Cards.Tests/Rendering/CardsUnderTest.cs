using System.Text.Json.Nodes;
using RectifyBot.Cards.Catalog;
using RectifyBot.Cards.Tests.Checking;
using RectifyBot.Core.Localization;

namespace RectifyBot.Cards.Tests.Rendering;

/// <summary>
/// Every catalog sample in every language, plus the broken cards, rendered in one node run shared by
/// all tests, and judged by the renderer and by <see cref="CardRules"/> together.
/// </summary>
internal static class CardsUnderTest
{
    private static readonly Lazy<IReadOnlyDictionary<string, JsonObject>> Registered = new(() =>
    {
        var cards = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var entry in CardCatalog.All)
        {
            foreach (var language in Enum.GetValues<UserLanguage>())
            {
                var tag = language.Culture().Name;
                cards[$"{entry.Name}.realistic.{tag}"] = entry.Realistic(language).ToJsonNode();
                cards[$"{entry.Name}.maximum-length.{tag}"] = entry.MaximumLength(language).ToJsonNode();
            }
        }

        return cards;
    });

    private static readonly Lazy<Task<IReadOnlyDictionary<string, RenderResult>>> Rendered = new(() =>
        TeamsRenderer.RenderAsync(Registered.Value.Concat(BrokenCards.All).ToDictionary(StringComparer.Ordinal)));

    public static IEnumerable<string> RegisteredNames => Registered.Value.Keys.Order(StringComparer.Ordinal);

    public static JsonObject Json(string name) =>
        Registered.Value.TryGetValue(name, out var card) ? card : BrokenCards.All[name];

    public static async Task<RenderResult> RenderAsync(string name) =>
        (await Rendered.Value)[name];

    /// <summary>Everything wrong with a card: the renderer's errors and warnings, then our own rules.</summary>
    public static async Task<IReadOnlyList<string>> ProblemsAsync(string name) =>
        [.. (await RenderAsync(name)).Problems(), .. CardRules.Problems(Json(name))];
}
