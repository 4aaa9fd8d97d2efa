using System.Text.Json.Nodes;

namespace RectifyBot.Cards.Model;

public sealed class Column(IEnumerable<CardElement> items) : CardElement
{
    public IReadOnlyList<CardElement> Items { get; } = [.. items ?? throw new ArgumentNullException(nameof(items))];

    public ColumnWidth? Width { get; init; }

    public CardAction? SelectAction { get; init; }

    private protected override string TypeName => "Column";

    private protected override void WriteProperties(JsonObject json)
    {
        if (Width is { } width)
        {
            json["width"] = width.ToJson();
        }

        json["items"] = new JsonArray([.. Items.Select(i => (JsonNode)i.ToJson())]);
        if (SelectAction is not null)
        {
            json["selectAction"] = SelectAction.ToJson();
        }
    }
}
