using System.Text.Json.Nodes;

namespace RectifyBot.Cards.Model;

/// <summary>Input.ChoiceSet (schema 1.0): the chosen <see cref="Choice.Value"/> comes back under <see cref="Id"/>.</summary>
public sealed class ChoiceSetInput(string id, IReadOnlyList<Choice> choices) : CardElement
{
    public string Id { get; } = string.IsNullOrWhiteSpace(id) ? throw new ArgumentException("An input needs an id.", nameof(id)) : id;

    public IReadOnlyList<Choice> Choices { get; } = choices is { Count: > 0 } ? choices : throw new ArgumentException("A choice set needs choices.", nameof(choices));

    /// <summary>The preselected value (kept as chosen when a form comes back with errors).</summary>
    public string? Value { get; init; }

    /// <summary>Radio buttons instead of a drop-down: better for a few choices on a phone.</summary>
    public bool Expanded { get; init; }

    /// <summary>
    /// A type-ahead list (schema 1.5, <c>style: "filtered"</c>) for long lists such as every unit of the roster: Teams
    /// desktop and web filter as one types; a client without it shows the ordinary drop-down.
    /// </summary>
    public bool Filtered { get; init; }

    /// <summary>Several may be chosen (schema 1.0): the values come back comma-separated.</summary>
    public bool IsMultiSelect { get; init; }

    private protected override string TypeName => "Input.ChoiceSet";

    private protected override void WriteProperties(JsonObject json)
    {
        json["id"] = Id;
        json["style"] = Filtered ? "filtered" : Expanded ? "expanded" : "compact";
        if (IsMultiSelect)
        {
            json["isMultiSelect"] = true;
        }

        json["choices"] = new JsonArray([.. Choices.Select(c => (JsonNode)new JsonObject { ["title"] = c.Title, ["value"] = c.Value })]);
        if (!string.IsNullOrEmpty(Value))
        {
            json["value"] = Value;
        }
    }
}
