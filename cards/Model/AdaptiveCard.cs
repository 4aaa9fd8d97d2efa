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

    /// <summary>
    /// Teams fetches the card anew (an invoke with this action's verb) when one of <see cref="RefreshUserIds"/> opens it:
    /// a copy sent before a decision shows the decision even if its in-place update was lost.
    /// </summary>
    public ExecuteAction? Refresh { get; init; }

    /// <summary>The Teams user ids (29:…) the refresh runs for: each copy's own member.</summary>
    public IReadOnlyList<string> RefreshUserIds { get; init; } = [];

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

        if (Refresh is not null)
        {
            json["refresh"] = new JsonObject
            {
                ["action"] = Refresh.ToJson(),
                ["userIds"] = new JsonArray([.. RefreshUserIds.Select(id => (JsonNode)JsonValue.Create(id))]),
            };
        }

        if (FullWidth)
        {
            json["msteams"] = new JsonObject { ["width"] = "Full" };
        }

        return json;
    }

    public string ToJson() => ToJsonNode().ToJsonString(CardJson.Options);
}
