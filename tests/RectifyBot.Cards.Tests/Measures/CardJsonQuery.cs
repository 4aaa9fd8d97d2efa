using System.Text.Json.Nodes;
using RectifyBot.Cards.Model;

namespace RectifyBot.Cards.Tests.Measures;

/// <summary>Reads a built card the way a person reads it: elements in order, inputs, buttons and their data.</summary>
internal sealed class CardJsonQuery
{
    public CardJsonQuery(AdaptiveCard card)
    {
        Json = card.ToJsonNode();
        Collect(Json["body"], Elements);
        foreach (var action in Json["actions"]?.AsArray() ?? [])
        {
            Actions.Add(action!.AsObject());
        }

        foreach (var set in Elements.Where(e => Type(e) == "ActionSet"))
        {
            Actions.AddRange(set["actions"]!.AsArray().Select(a => a!.AsObject()));
        }
    }

    public JsonObject Json { get; }

    /// <summary>Every element of the body in document order (containers before their items).</summary>
    public List<JsonObject> Elements { get; } = [];

    /// <summary>Card-level buttons first, then those in the body.</summary>
    public List<JsonObject> Actions { get; } = [];

    public IReadOnlyList<string> Texts => [.. Elements.Where(e => Type(e) == "TextBlock").Select(e => (string)e["text"]!)];

    public string AllText => string.Join("\n", TextHelpers.VisibleTexts(Json));

    public IReadOnlyList<JsonObject> Inputs => [.. Elements.Where(e => Type(e)?.StartsWith("Input.", StringComparison.Ordinal) == true)];

    public JsonObject Input(string id) => Assert.Single(Inputs, i => (string?)i["id"] == id);

    public int IndexOf(JsonObject element) => Elements.IndexOf(element);

    public int IndexOfText(string text) => Elements.FindIndex(e => Type(e) == "TextBlock" && (string?)e["text"] == text);

    /// <summary>Every fact of every FactSet, as (title, value).</summary>
    public IReadOnlyList<(string Title, string Value)> Facts =>
        [.. Elements.Where(e => Type(e) == "FactSet").SelectMany(e => e["facts"]!.AsArray()).Select(f => ((string)f!["title"]!, (string)f["value"]!))];

    public IReadOnlyList<string> Verbs => [.. Actions.Select(a => (string)a["verb"]!)];

    public JsonObject Action(string verb) => Assert.Single(Actions, a => (string?)a["verb"] == verb);

    public IReadOnlyList<JsonObject> ActionsWith(string verb) => [.. Actions.Where(a => (string?)a["verb"] == verb)];

    public static string? Data(JsonObject action, string key) => (string?)action["data"]?[key];

    public static string? Type(JsonObject element) => (string?)element["type"];

    private static void Collect(JsonNode? node, List<JsonObject> into)
    {
        foreach (var item in node?.AsArray() ?? [])
        {
            var obj = item!.AsObject();
            into.Add(obj);
            Collect(obj["items"], into);
            Collect(obj["columns"], into);
        }
    }
}
