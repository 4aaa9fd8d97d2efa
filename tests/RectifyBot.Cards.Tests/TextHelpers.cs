using System.Text.Json.Nodes;

namespace RectifyBot.Cards.Tests;

internal static class TextHelpers
{
    public static bool IsChinese(char c) => c is >= '\u4e00' and <= '\u9fff';

    public static int ChineseCount(string text) => text.Count(IsChinese);

    /// <summary>Every text a user reads on the card: TextBlocks, fact titles and values, button titles.</summary>
    public static IReadOnlyList<string> VisibleTexts(JsonNode? node)
    {
        var texts = new List<string>();
        Collect(node, texts);
        return texts;
    }

    private static void Collect(JsonNode? node, List<string> texts)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    if (name is "text" or "title" or "value" && child is JsonValue v && v.TryGetValue<string>(out var s))
                    {
                        texts.Add(s);
                    }
                    else if (name != "data")
                    {
                        Collect(child, texts);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Collect(item, texts);
                }

                break;
        }
    }
}
