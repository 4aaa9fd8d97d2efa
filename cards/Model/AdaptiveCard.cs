using System.Text.Json.Nodes;

namespace RectifyBot.Cards.Model;

/// <summary>An Adaptive Card, schema 1.5, as Teams desktop renders it; mobile (1.2) relies on the fallbacks.</summary>
public sealed class AdaptiveCard
{
    public const string SchemaVersion = "1.5";

    public AdaptiveCard(IEnumerable<CardElement> body, IEnumerable<CardAction>? actions = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        Body = [.. body];
        Actions = actions is null ? [] : [.. actions];
    }

    public IReadOnlyList<CardElement> Body { get; }

    public IReadOnlyList<CardAction> Actions { get; }

    /// <summary>Teams draws cards narrow by default; long Chinese text reads better across the full width.</summary>
    public bool FullWidth { get; init; } = true;

    public JsonObject ToJsonNode()
    {
        var json = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = SchemaVersion,
            ["body"] = new JsonArray([.. Body.Select(e => (JsonNode)e.ToJson())]),
        };
        if (Actions.Count > 0)
        {
            json["actions"] = new JsonArray([.. Actions.Select(a => (JsonNode)a.ToJson())]);
        }

        if (FullWidth)
        {
            json["msteams"] = new JsonObject { ["width"] = "Full" };
        }

        return json;
    }

    public string ToJson() => ToJsonNode().ToJsonString(CardJson.Options);
}
