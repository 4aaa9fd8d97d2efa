namespace RectifyBot.Documents.Spreadsheets;

/// <summary>One sheet: a header row of text and data rows of typed cells.</summary>
public sealed record DataSheet(string Name, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<SheetCell>> Rows)
{
    /// <summary>A bar chart over every data row, drawn to the right of the data; none by default.</summary>
    public SheetChart? Chart { get; init; }
}
