using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace RectifyBot.Cards.Model;

/// <summary>How card JSON is written.</summary>
internal static class CardJson
{
    // Chinese text stays readable and takes 3 bytes a character, not 6 as \uXXXX would:
    // the 80 KB message budget counts bytes.
    internal static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
    };
}
