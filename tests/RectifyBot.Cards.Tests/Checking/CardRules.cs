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
        Walk(card, "$", replacedOnOldClients: false, problems);
        var size = TeamsMessage.SizeInBytes(card);
        if (size > TeamsMessage.MaxBytes)
        {
            problems.Add($"$: the Teams message is {size} bytes, over {TeamsMessage.MaxBytes}");
        }

        return problems;
    }

    // replacedOnOldClients: inside a newer element that has a fallback, which a 1.2 client shows instead.
    private static void Walk(JsonNode? node, string path, bool replacedOnOldClients, List<string> problems)
    {
        switch (node)
        {
            case JsonObject obj:
                var type = obj["type"] is JsonValue value && value.TryGetValue<string>(out var t) ? t : null;
                if (type == "Action.Execute")
                {
                    CheckExecute(obj, path, problems);
                }
                else if (type is not null && !Schema12Types.Contains(type))
                {
                    if (obj["fallback"] is not null)
                    {
                        replacedOnOldClients = true;
                    }
                    else if (!replacedOnOldClients)
                    {
                        problems.Add($"{path}: {type} is newer than schema 1.2 and has no fallback");
                    }
                }

                foreach (var (name, child) in obj)
                {
                    // Action data is the bot's payload, not card structure: a "type" key in it means nothing.
                    // The fallback itself is what old clients show, so it gets checked on its own terms.
                    if (name != "data")
                    {
                        Walk(child, $"{path}.{name}", replacedOnOldClients && name != "fallback", problems);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], $"{path}[{i}]", replacedOnOldClients, problems);
                }

                break;
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
