using System.Text.Json.Nodes;

namespace RectifyBot.Cards.Tests.Checking;

/// <summary>
/// Rules Teams' renderer does not enforce but our clients need, checked over the card JSON:
/// Execute falls back to Submit with the same data, schema 1.2 clients can show every element, size.
/// </summary>
internal static class CardRules
{
    // Everything a schema 1.2 client (Teams mobile) knows; anything newer needs a fallback.
    private static readonly HashSet<string> Schema12Types = new(StringComparer.Ordinal)
    {
        "AdaptiveCard", "TextBlock", "Image", "Media", "RichTextBlock", "TextRun", "Container", "ColumnSet",
        "Column", "FactSet", "ImageSet", "ActionSet", "Input.Text", "Input.Number", "Input.Date", "Input.Time",
        "Input.Toggle", "Input.ChoiceSet", "Action.OpenUrl", "Action.Submit", "Action.ShowCard", "Action.ToggleVisibility",
    };

    public static IReadOnlyList<string> Problems(JsonObject card)
    {
        var problems = new List<string>();
        Walk(card, "$", problems);
        var size = TeamsMessage.SizeInBytes(card);
        if (size > TeamsMessage.MaxBytes)
        {
            problems.Add($"$: the Teams message is {size} bytes, over {TeamsMessage.MaxBytes}");
        }

        return problems;
    }

    private static void Walk(JsonNode? node, string path, List<string> problems)
    {
        switch (node)
        {
            case JsonObject obj:
                CheckObject(obj, path, problems);
                foreach (var (name, child) in obj)
                {
                    // Action data is the bot's payload, not card structure: a "type" key in it means nothing.
                    if (name != "data")
                    {
                        Walk(child, $"{path}.{name}", problems);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], $"{path}[{i}]", problems);
                }

                break;
        }
    }

    private static void CheckObject(JsonObject obj, string path, List<string> problems)
    {
        if (obj["type"] is not JsonValue typeValue || !typeValue.TryGetValue<string>(out var type))
        {
            return;
        }

        if (type == "Action.Execute")
        {
            CheckExecute(obj, path, problems);
        }
        else if (!Schema12Types.Contains(type) && obj["fallback"] is null)
        {
            problems.Add($"{path}: {type} is newer than schema 1.2 and has no fallback");
        }
    }

    private static void CheckExecute(JsonObject execute, string path, List<string> problems)
    {
        var verb = execute["verb"]?.GetValue<string>();
        var data = execute["data"];
        if (execute["fallback"] is not JsonObject fallback || fallback["type"]?.GetValue<string>() != "Action.Submit")
        {
            problems.Add($"{path}: Action.Execute '{verb}' has no Action.Submit fallback");
            return;
        }

        if (!JsonNode.DeepEquals(data, fallback["data"]))
        {
            problems.Add($"{path}: Action.Execute '{verb}' and its Action.Submit fallback carry different data");
        }

        if (verb is null || data?["verb"]?.GetValue<string>() != verb)
        {
            problems.Add($"{path}: Action.Execute '{verb}' does not carry its verb in data.verb for the Submit fallback");
        }
    }
}
