namespace RectifyBot.Core.Roster.Import;

/// <summary>A column of the roster template: its Chinese header (what the template writes) and the aliases accepted on import.</summary>
public sealed record RosterColumn(string Header, bool Required, IReadOnlyList<string> Aliases)
{
    /// <summary>Whether a header cell names this column: compared after normalising width, spaces and case.</summary>
    public bool Matches(string headerCell)
    {
        var key = HeaderKey(headerCell);
        return string.Equals(HeaderKey(Header), key, StringComparison.Ordinal)
            || Aliases.Any(a => string.Equals(HeaderKey(a), key, StringComparison.Ordinal));
    }

    internal static string HeaderKey(string text) =>
        new string(RosterText.Halfwidth(text).Where(c => !char.IsWhiteSpace(c) && c != '*').ToArray()).ToUpperInvariant();
}
