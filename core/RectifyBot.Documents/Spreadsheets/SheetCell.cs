namespace RectifyBot.Documents.Spreadsheets;

/// <summary>
/// One cell: text (kept as text: leading zeros of numbers and codes survive), a number, a calendar date or a date and
/// time. Dates and times are real Excel dates (serial numbers with a date format), already in China Standard Time.
/// </summary>
public sealed record SheetCell
{
    private SheetCell(SheetCellKind kind, string text, double number)
    {
        Kind = kind;
        Text = text;
        Number = number;
    }

    public SheetCellKind Kind { get; }

    public string Text { get; }

    /// <summary>The number, or the Excel serial date (days since 1899-12-30) of a date or date and time.</summary>
    public double Number { get; }

    public static SheetCell Empty { get; } = new(SheetCellKind.Text, "", 0);

    public static SheetCell Of(string? text) => text is null ? Empty : new(SheetCellKind.Text, text, 0);

    public static SheetCell Of(double number) => new(SheetCellKind.Number, "", number);

    /// <summary>A percentage shown as "0.0%" (0.5 is 50.0%).</summary>
    public static SheetCell Percent(double fraction) => new(SheetCellKind.Percent, "", fraction);

    public static SheetCell Of(DateOnly date) => new(SheetCellKind.Date, "", date.ToDateTime(TimeOnly.MinValue).ToOADate());

    /// <summary>A wall-clock date and time (already converted to the time zone the reader sees).</summary>
    public static SheetCell Of(DateTime localDateTime) => new(SheetCellKind.DateTime, "", localDateTime.ToOADate());
}

public enum SheetCellKind
{
    Text,
    Number,
    Percent,
    Date,
    DateTime,
}
