using System.Text;

namespace RectifyBot.Core.Measures.Answers;

/// <summary>
/// What every typed answer goes through first: IMEs type full-width digits and letters ("２０２６－１２－３１"), so NFKC;
/// people end a chat line with "。" or "!", which says nothing; case does not matter in English.
/// </summary>
internal static class AnswerText
{
    private static readonly char[] TrailingPunctuation = ['。', '.', '!', '！'];

    /// <summary>The answer NFKC-normalized, trimmed, without trailing 。.! and lower-cased; empty for null.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var normalized = text.Normalize(NormalizationForm.FormKC).Trim().TrimEnd(TrailingPunctuation).Trim();
        return normalized.ToLowerInvariant();
    }

    /// <summary>Inner runs of whitespace as one space: "end  of month" is "end of month".</summary>
    public static string CollapseWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Without any whitespace: in Chinese a space means nothing ("2026 年 12 月 31 日").</summary>
    public static string RemoveWhitespace(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>Whether the text has CJK ideographs, i.e. is read as Chinese.</summary>
    public static bool HasChinese(string text) => text.Any(c => c is >= '\u4e00' and <= '\u9fff' or '〇');

    /// <summary>A choice typed as its number in a list ("2"), or null.</summary>
    public static int? Number(string normalized) =>
        normalized.Length is > 0 and <= 3 && normalized.All(char.IsAsciiDigit)
            ? int.Parse(normalized, System.Globalization.CultureInfo.InvariantCulture)
            : null;
}
