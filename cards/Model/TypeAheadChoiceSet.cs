using System.Text.Json.Nodes;

namespace RectifyBot.Cards.Model;

/// <summary>
/// A long list to choose from, with type-ahead: Input.ChoiceSet <c>style: "filtered"</c> is schema 1.5 and a 1.2
/// client (Teams mobile) rejects the value, so the list sits in a one-cell Table (schema 1.5) whose fallback is a text
/// input of the same id, where the value (a unit's code) is typed — the typed-text path mobile always has. The list is
/// sent once, so a few hundred choices stay under 80 KB.
/// </summary>
public sealed class TypeAheadChoiceSet(string id, IReadOnlyList<Choice> choices, string typedPlaceholder) : CardElement
{
    public string Id { get; } = id;

    public IReadOnlyList<Choice> Choices { get; } = choices;

    /// <summary>The preselected value (and the typed fallback's).</summary>
    public string? Value { get; init; }

    private protected override string TypeName => "Table";

    private protected override void WriteProperties(JsonObject json)
    {
        json["showGridLines"] = false;
        json["firstRowAsHeaders"] = false;
        json["columns"] = new JsonArray(new JsonObject { ["width"] = 1 });
        var filtered = new ChoiceSetInput(Id, Choices) { Filtered = true, Value = Value }.ToJson();
        json["rows"] = new JsonArray(new JsonObject
        {
            ["type"] = "TableRow",
            ["cells"] = new JsonArray(new JsonObject { ["type"] = "TableCell", ["items"] = new JsonArray(filtered) }),
        });
        json["fallback"] = new TextInput(Id) { Value = Value, Placeholder = typedPlaceholder }.ToJson();
    }
}
