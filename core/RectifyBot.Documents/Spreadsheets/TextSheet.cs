namespace RectifyBot.Documents.Spreadsheets;

/// <summary>One sheet of text cells: a header row and data rows.</summary>
public sealed record TextSheet(string Name, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows);
