using RectifyBot.Cards.Localization;
using RectifyBot.Core.Localization;
using RectifyBot.Core.Roster.Import;

namespace RectifyBot.Cards.Roster;

/// <summary>
/// Turns roster import problems into sentences in the user's language that say what is wrong and how to fix it.
/// Each message is the resource RosterImport_{code} with {0} = sheet, {1} = row, {2} = column, {3} = value.
/// </summary>
public static class RosterImportMessages
{
    public static string KeyFor(RosterImportErrorCode code) => "RosterImport_" + code;

    public static string Describe(UserLanguage language, RosterImportError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return CardText.Format(
            language,
            KeyFor(error.Code),
            error.Sheet ?? string.Empty,
            error.Row?.ToString(language.Culture()) ?? string.Empty,
            error.Column ?? string.Empty,
            error.Value ?? string.Empty);
    }

    /// <summary>All problems, in file order (sheet, then row), one sentence each.</summary>
    public static IReadOnlyList<string> DescribeAll(UserLanguage language, IEnumerable<RosterImportError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return errors
            .OrderBy(e => e.Sheet, StringComparer.Ordinal)
            .ThenBy(e => e.Row ?? 0)
            .Select(e => Describe(language, e))
            .ToList();
    }
}
