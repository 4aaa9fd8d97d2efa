using System.Globalization;
using System.Text;

namespace RectifyBot.Core.Measures.Answers;

/// <summary>
/// Chinese numerals as people write dates and spans: "十二月三十一日", "二〇二六年", "两周", "三天". Only the forms that
/// occur there are read (up to 99 with 十, a single digit, or a four-digit year spelled digit by digit); anything
/// else is left as it is, so the date is unreadable rather than guessed.
/// </summary>
internal static class ChineseNumerals
{
    /// <summary>The text with each run of Chinese numerals replaced by its Arabic value where it is one of the read forms.</summary>
    public static string ToArabic(string text)
    {
        var builder = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (Digit(text[i]) is null && text[i] != '十')
            {
                builder.Append(text[i]);
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (Digit(text[i]) is not null || text[i] == '十'))
            {
                i++;
            }

            var run = text[start..i];
            builder.Append(Value(run)?.ToString(CultureInfo.InvariantCulture) ?? run);
        }

        return builder.ToString();
    }

    private static int? Value(string run)
    {
        var ten = run.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0)
        {
            // One digit ("三天"), or a year digit by digit ("二〇二六").
            return run.Length is 1 or 4 ? run.Aggregate(0, (value, c) => (value * 10) + Digit(c)!.Value) : null;
        }

        if (run.Length > 3 || run.IndexOf('十', ten + 1) >= 0)
        {
            return null;
        }

        int? tens = ten switch
        {
            0 => 1,
            1 => Digit(run[0]),
            _ => null,
        };
        int? ones = (run.Length - ten) switch
        {
            1 => 0,
            2 => Digit(run[^1]),
            _ => null,
        };
        return tens is > 0 && ones is not null ? (tens * 10) + ones : null;
    }

    private static int? Digit(char c) => c switch
    {
        '〇' or '零' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => null,
    };
}
