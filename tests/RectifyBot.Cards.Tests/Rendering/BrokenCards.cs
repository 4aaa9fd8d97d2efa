using System.Text.Json.Nodes;
using RectifyBot.Cards.Catalog;

namespace RectifyBot.Cards.Tests.Rendering;

/// <summary>Cards that break one rule each (they prove the checker can say no), and one it must accept.</summary>
internal static class BrokenCards
{
    public const string UnknownElement = "broken.unknown-element";
    public const string ExecuteWithoutFallback = "broken.execute-without-fallback";
    public const string ExecuteFallbackWithOtherData = "broken.execute-fallback-other-data";
    public const string NestedExecuteWithoutFallback = "broken.nested-execute-without-fallback";
    public const string NewerElementWithoutFallback = "broken.newer-element-without-fallback";
    public const string InvalidPropertyValue = "broken.invalid-property-value";
    public const string Oversized = "broken.oversized";

    /// <summary>Not broken: a newer element with a fallback is fine, so the schema rule must not be over-eager.</summary>
    public const string NewerElementWithFallback = "accepted.newer-element-with-fallback";

    public static IReadOnlyDictionary<string, JsonObject> All { get; } = new Dictionary<string, JsonObject>
    {
        [UnknownElement] = Card("""[{ "type": "Rectify.Unknown", "text": "整改" }]"""),
        [ExecuteWithoutFallback] = Card("[]", """[{ "type": "Action.Execute", "title": "提交", "verb": "submit", "data": { "verb": "submit" } }]"""),
        [ExecuteFallbackWithOtherData] = Card("[]", """
            [{ "type": "Action.Execute", "title": "提交", "verb": "submit", "data": { "verb": "submit", "id": "1" },
               "fallback": { "type": "Action.Submit", "title": "提交", "data": { "verb": "submit" } } }]
            """),
        [NestedExecuteWithoutFallback] = Card("""
            [{ "type": "Container",
               "selectAction": { "type": "Action.Execute", "verb": "open", "data": { "verb": "open" } },
               "items": [{ "type": "ActionSet", "actions": [
                 { "type": "Action.Execute", "title": "退回", "verb": "return", "data": { "verb": "return" } }] }] }]
            """),
        // Table (1.5) is known to the renderer, so only the schema 1.2 rule can catch it.
        [NewerElementWithoutFallback] = Card("""
            [{ "type": "Table", "columns": [{ "width": 1 }],
               "rows": [{ "type": "TableRow", "cells": [{ "type": "TableCell", "items": [{ "type": "TextBlock", "text": "整改" }] }] }] }]
            """),
        [NewerElementWithFallback] = Card("""
            [{ "type": "Table", "columns": [{ "width": 1 }],
               "rows": [{ "type": "TableRow", "cells": [{ "type": "TableCell", "items": [{ "type": "TextBlock", "text": "整改" }] }] }],
               "fallback": { "type": "TextBlock", "text": "整改", "wrap": true } }]
            """),
        [InvalidPropertyValue] = Card("""[{ "type": "TextBlock", "text": "整改", "size": "Enormous" }]"""),
        [Oversized] = Card(new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = SampleText.Chinese(30_000), ["wrap"] = true }).ToJsonString()),
    };

    private static JsonObject Card(string body, string actions = "[]") => new()
    {
        ["type"] = "AdaptiveCard",
        ["version"] = "1.5",
        ["body"] = JsonNode.Parse(body),
        ["actions"] = JsonNode.Parse(actions),
    };
}
