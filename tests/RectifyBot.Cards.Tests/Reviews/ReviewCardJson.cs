using System.Text.Json.Nodes;

namespace RectifyBot.Cards.Tests.Reviews;

/// <summary>Looks into review card JSON: actions and inputs wherever they sit, and the body's order.</summary>
internal static class ReviewCardJson
{
    /// <summary>Every Action.Execute on the card (body, actions, select actions), not counting the refresh action.</summary>
    public static IReadOnlyList<JsonObject> Buttons(JsonObject card)
    {
        var found = new List<JsonObject>();
        Collect(card["body"], found);
        Collect(card["actions"], found);
        return found;
    }

    public static IReadOnlyList<string> Verbs(JsonObject card) => [.. Buttons(card).Select(b => (string)b["verb"]!)];

    /// <summary>Every element of the body in document order, nested ones included.</summary>
    public static IReadOnlyList<JsonObject> Elements(JsonObject card)
    {
        var list = new List<JsonObject>();
        Flatten(card["body"], list);
        return list;
    }

    public static JsonObject Input(JsonObject card, string id) =>
        Elements(card).Single(e => (string?)e["id"] == id);

    public static int IndexOf(JsonObject card, Func<JsonObject, bool> predicate)
    {
        var elements = Elements(card);
        for (var i = 0; i < elements.Count; i++)
        {
            if (predicate(elements[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static void Collect(JsonNode? node, List<JsonObject> found)
    {
        switch (node)
        {
            case JsonObject obj:
                if ((string?)obj["type"] is "Action.Execute" or "Action.Submit")
                {
                    found.Add(obj);
                    return;
                }

                foreach (var (_, child) in obj)
                {
                    Collect(child, found);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Collect(item, found);
                }

                break;
        }
    }

    private static void Flatten(JsonNode? node, List<JsonObject> list)
    {
        if (node is not JsonArray array)
        {
            return;
        }

        foreach (var item in array.OfType<JsonObject>())
        {
            list.Add(item);
            Flatten(item["items"], list);
            Flatten(item["columns"], list);
        }
    }
}
