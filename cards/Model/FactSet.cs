using System.Text.Json.Nodes;

namespace RectifyBot.Cards.Model;

public sealed class FactSet(IEnumerable<Fact> facts) : CardElement
{
    public IReadOnlyList<Fact> Facts { get; } = [.. facts ?? throw new ArgumentNullException(nameof(facts))];

    private protected override string TypeName => "FactSet";

    private protected override void WriteProperties(JsonObject json) =>
        json["facts"] = new JsonArray([.. Facts.Select(f => (JsonNode)new JsonObject { ["title"] = f.Title, ["value"] = f.Value })]);
}
