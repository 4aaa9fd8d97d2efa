namespace RectifyBot.Core.Roster.Import;

/// <summary>
/// One sheet of an uploaded file, format-free: an .xlsx worksheet or a whole CSV file. The file readers produce it,
/// the roster parser consumes it, so the parser never knows about encodings or zip files.
/// </summary>
/// <param name="Name">The worksheet name, or the file name for a CSV.</param>
/// <param name="Rows">The non-blank rows in order, the header row first.</param>
public sealed record TabularSheet(string Name, IReadOnlyList<TabularRow> Rows);
