using System.Text.Json.Nodes;

namespace RectifyBot.Cards.Model;

public sealed class Container(IEnumerable<CardElement> items) : CardElement
{
    public IReadOnlyList<CardElement> Items { get; } = [.. items ?? throw new ArgumentNullException(nameof(items))];

    public ContainerStyle? Style { get; init; }

    /// <summary>Runs when the container is tapped; Action.ShowCard is not allowed here by the schema.</summary>
    public CardAction? SelectAction { get; init; }

    private protected override string TypeName => "Container";

    private protected override void WriteProperties(JsonObject json)
    {
        if (Style is { } style)
        {
            json["style"] = style.ToString();
        }

        json["items"] = new JsonArray([.. Items.Select(i => (JsonNode)i.ToJson())]);
        if (SelectAction is not null)
        {
            json["selectAction"] = SelectAction.ToJson();
        }
    }
}
