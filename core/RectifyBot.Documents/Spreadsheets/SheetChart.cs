namespace RectifyBot.Documents.Spreadsheets;

/// <summary>
/// A clustered bar chart drawn beside a sheet's data: one bar per data row, labelled from
/// <paramref name="CategoryColumn"/>, its height from <paramref name="ValueColumn"/> (zero-based column indexes).
/// </summary>
public sealed record SheetChart(string Title, int CategoryColumn, int ValueColumn);
