using System.Text.Json.Nodes;

namespace RectifyBot.Cards.Model;

/// <summary>Buttons inside the body (schema 1.2), e.g. next to the item they act on.</summary>
public sealed class ActionSet(IEnumerable<CardAction> actions) : CardElement
{
    public IReadOnlyList<CardAction> Actions { get; } = [.. actions ?? throw new ArgumentNullException(nameof(actions))];

    private protected override string TypeName => "ActionSet";

    private protected override void WriteProperties(JsonObject json) =>
        json["actions"] = new JsonArray([.. Actions.Select(a => (JsonNode)a.ToJson())]);
}
