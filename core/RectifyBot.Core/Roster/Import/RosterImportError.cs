namespace RectifyBot.Core.Roster.Import;

/// <summary>One problem found in a roster file, located the way the office sees the file.</summary>
/// <param name="Code">What is wrong.</param>
/// <param name="Sheet">The sheet name (the file name for a CSV); null for problems with the whole file.</param>
/// <param name="Row">The row number as Excel shows it (1-based); null for problems with the whole file or sheet.</param>
/// <param name="Column">The column header as written in the file (or the expected header when it is missing).</param>
/// <param name="Value">The offending value, normalised, when there is one.</param>
public sealed record RosterImportError(
    RosterImportErrorCode Code,
    string? Sheet = null,
    int? Row = null,
    string? Column = null,
    string? Value = null);
