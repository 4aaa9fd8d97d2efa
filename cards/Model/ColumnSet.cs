using System.Text.Json.Nodes;

namespace RectifyBot.Cards.Model;

public sealed class ColumnSet(IEnumerable<Column> columns) : CardElement
{
    public IReadOnlyList<Column> Columns { get; } = [.. columns ?? throw new ArgumentNullException(nameof(columns))];

    private protected override string TypeName => "ColumnSet";

    private protected override void WriteProperties(JsonObject json) =>
        json["columns"] = new JsonArray([.. Columns.Select(c => (JsonNode)c.ToJson())]);
}
