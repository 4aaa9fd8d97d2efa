using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace RectifyBot.Cards.Tests.Checking;

/// <summary>The Bot Framework message that carries a card, as sent to Teams.</summary>
internal static class TeamsMessage
{
    /// <summary>Teams refuses messages over 100 KB; we keep a margin for the envelope the connector adds.</summary>
    public const int MaxBytes = 80 * 1024;

    // Bot Framework serializes with Newtonsoft, which writes Chinese as UTF-8, not \uXXXX.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static int SizeInBytes(JsonObject card)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["attachments"] = new JsonArray(new JsonObject
            {
                ["contentType"] = "application/vnd.microsoft.card.adaptive",
                ["content"] = card.DeepClone(),
            }),
        };
        return Encoding.UTF8.GetByteCount(activity.ToJsonString(Options));
    }
}
