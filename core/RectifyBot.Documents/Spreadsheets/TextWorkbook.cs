namespace RectifyBot.Documents.Spreadsheets;

/// <summary>
/// Writes .xlsx files of text sheets the office opens in Excel (<see cref="Workbooks"/>): a frozen header row, an
/// autofilter over the data and every cell formatted as text ("@"), so Excel keeps the leading zeros of student numbers
/// and codes.
/// </summary>
public static class TextWorkbook
{
    public static byte[] Write(IReadOnlyList<TextSheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        return Workbooks.Write([.. sheets.Select(s => new DataSheet(s.Name, s.Header, [.. s.Rows.Select(r => (IReadOnlyList<SheetCell>)[.. r.Select(SheetCell.Of)])]))]);
    }
}
