using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace RectifyBot.Core.Roster.Import;

/// <summary>
/// Normalisation of what real office files contain. Codes, numbers and accounts go through NFKC (full-width
/// letters, digits and spaces become half-width) and lose all spaces. Names keep their characters (NFKC would
/// also fold CJK compatibility ideographs, which can be part of a person's name) and only get their spaces
/// trimmed and collapsed, the ideographic space U+3000 included.
/// </summary>
public static partial class RosterText
{
    private static readonly char[] ListSeparators = ['、', ';', '；', ',', '，', '\n'];

    public static string Halfwidth(string text) => (text ?? string.Empty).Normalize(NormalizationForm.FormKC);

    /// <summary>A unit code, UPN or email: half-width, no spaces anywhere.</summary>
    public static string Code(string text) =>
        new string(Halfwidth(text).Where(c => !char.IsWhiteSpace(c)).ToArray());

    /// <summary>A name or free text: trimmed, inner runs of spaces (U+3000 included) collapsed to one space.</summary>
    public static string Name(string text) => CollapsedSpaces().Replace(text ?? string.Empty, " ").Trim();

    /// <summary>A yes/no/choice cell: half-width, no spaces, so "是 " and "ＹＥＳ" read as intended.</summary>
    public static string Choice(string text) => Code(text).ToUpperInvariant();

    /// <summary>Splits a list cell on 、 ; ； , ， or line breaks, dropping empty items.</summary>
    public static IReadOnlyList<string> List(string text) =>
        Halfwidth(text).Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>
    /// Reads a staff or student number. "202103010001.0" (a number Excel wrote with a decimal) loses its ".0";
    /// scientific notation ("2.02103E+11") has lost digits and is refused, never guessed.
    /// </summary>
    public static NumberReading Number(string text)
    {
        var value = Code(text);
        if (ScientificNotation().IsMatch(value))
        {
            return new NumberReading(value, NumberProblem.ScientificNotation);
        }

        var wholeWithZeroDecimals = WholeWithZeroDecimals().Match(value);
        if (wholeWithZeroDecimals.Success)
        {
            value = wholeWithZeroDecimals.Groups["whole"].Value;
        }

        return value.Any(c => char.IsControl(c) || c is '"' or '\'')
            ? new NumberReading(value, NumberProblem.Invalid)
            : new NumberReading(value, NumberProblem.None);
    }

    /// <summary>Pads an all-digit number to the configured length, restoring zeros Excel dropped.</summary>
    public static string PadDigits(string number, int length) =>
        number.Length < length && number.All(char.IsAsciiDigit)
            ? number.PadLeft(length, '0')
            : number;

    public static bool IsInteger(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    [GeneratedRegex(@"[\s\u3000]+")]
    private static partial Regex CollapsedSpaces();

    [GeneratedRegex(@"^[0-9]+(\.[0-9]+)?[eE][+-]?[0-9]+$")]
    private static partial Regex ScientificNotation();

    [GeneratedRegex(@"^(?<whole>[0-9]+)\.0+$")]
    private static partial Regex WholeWithZeroDecimals();
}
