using System.Text.Json.Nodes;

namespace RectifyBot.Bot.Tests.Support;

/// <summary>What Teams sends when a card's button is pressed: the button's data merged with every input's value as shown, plus what the user changed.</summary>
public static class CardForm
{
    public static JsonObject Submission(JsonObject card, string verb, params (string Id, string Value)[] typed)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(typed);
        var action = Nodes(card).OfType<JsonObject>().First(n => (string?)n["verb"] == verb);
        var value = action["data"]!.DeepClone().AsObject();
        foreach (var input in Nodes(card).OfType<JsonObject>().Where(n => ((string?)n["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true))
        {
            value[(string)input["id"]!] = (string?)input["value"];
        }

        foreach (var (id, text) in typed)
        {
            value[id] = text;
        }

        return value;
    }

    /// <summary>The node and every node under it, depth first.</summary>
    public static IEnumerable<JsonNode> Nodes(JsonNode node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a,
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>().SelectMany(Nodes))
        {
            yield return child;
        }
    }
}
