using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using RectifyBot.Core.Roster.Import;

namespace RectifyBot.Documents.Tables;

/// <summary>
/// Reads every worksheet of an .xlsx into cell texts. Cells are placed by their reference (C5 is the third column
/// even when A5 and B5 are absent). Numbers come back as plain digits: the file stores a student number such as
/// 202103010001 in full (sometimes written 2.02103010001E+11), so it is expanded exactly, with no exponent and
/// no ".0". Cells formatted as dates come back as yyyy-MM-dd.
/// </summary>
public static class XlsxReader
{
    public static IReadOnlyList<TabularSheet> Read(Stream content)
    {
        using var document = SpreadsheetDocument.Open(content, isEditable: false);
        var workbookPart = document.WorkbookPart ?? throw new InvalidDataException("The package has no workbook.");
        var sharedStrings = workbookPart.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(ItemText).ToArray() ?? [];
        var dateStyles = DateStyles(workbookPart.WorkbookStylesPart?.Stylesheet);
        var sheets = new List<TabularSheet>();
        foreach (var sheet in workbookPart.Workbook?.Sheets?.Elements<Sheet>() ?? [])
        {
            if (sheet.Id?.Value is { } id && workbookPart.GetPartById(id) is WorksheetPart worksheetPart)
            {
                sheets.Add(ReadSheet(sheet.Name?.Value ?? string.Empty, worksheetPart, sharedStrings, dateStyles));
            }
        }

        return sheets;
    }

    private static TabularSheet ReadSheet(string name, WorksheetPart part, string[] sharedStrings, HashSet<uint> dateStyles)
    {
        var rows = new List<TabularRow>();
        var previousRow = 0;
        foreach (var row in part.Worksheet?.GetFirstChild<SheetData>()?.Elements<Row>() ?? [])
        {
            var number = (int?)row.RowIndex?.Value ?? previousRow + 1;
            previousRow = number;
            var cells = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
                while (cells.Count < column)
                {
                    cells.Add(string.Empty);
                }

                var text = CellText(cell, sharedStrings, dateStyles);
                if (column < cells.Count)
                {
                    cells[column] = text;
                }
                else
                {
                    cells.Add(text);
                }
            }

            var tabular = new TabularRow(number, cells);
            if (!tabular.IsBlank)
            {
                rows.Add(tabular);
            }
        }

        return new TabularSheet(name, rows);
    }

    private static string CellText(Cell cell, string[] sharedStrings, HashSet<uint> dateStyles)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? ItemText(inline) : string.Empty;
        }

        var value = cell.CellValue?.Text ?? string.Empty;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < sharedStrings.Length
                ? sharedStrings[index]
                : string.Empty;
        }

        if (type == CellValues.Boolean)
        {
            return value == "1" ? "TRUE" : "FALSE";
        }

        if (type is null || type == CellValues.Number)
        {
            if (cell.StyleIndex?.Value is { } style && dateStyles.Contains(style)
                && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is >= 0 and < 2958466)
            {
                return DateTime.FromOADate(serial).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }

            return decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                ? number.ToString("0.############################", CultureInfo.InvariantCulture)
                : value;
        }

        return value;
    }

    /// <summary>The text of a shared or inline string, without phonetic guides (rPh), which are not part of the value.</summary>
    private static string ItemText(DocumentFormat.OpenXml.OpenXmlElement item) =>
        item.GetFirstChild<Text>()?.Text
        ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text));

    /// <summary>Column index (0-based) from a reference such as "C5".</summary>
    internal static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return Math.Max(index - 1, 0);
    }

    /// <summary>Cell style indexes whose number format shows a date: built-in date formats (CJK ones included) or a custom code with y or d.</summary>
    private static HashSet<uint> DateStyles(Stylesheet? stylesheet)
    {
        var custom = stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null && LooksLikeDate(f.FormatCode?.Value))
            .Select(f => f.NumberFormatId!.Value)
            .ToHashSet() ?? [];
        var styles = new HashSet<uint>();
        var index = 0u;
        foreach (var format in stylesheet?.CellFormats?.Elements<CellFormat>() ?? [])
        {
            var id = format.NumberFormatId?.Value ?? 0;
            if (id is (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 45 and <= 47) or (>= 50 and <= 58) || custom.Contains(id))
            {
                styles.Add(index);
            }

            index++;
        }

        return styles;
    }

    private static bool LooksLikeDate(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return false;
        }

        // Quoted literals and [colour]/[locale] sections are not part of the pattern.
        var inQuotes = false;
        var inBrackets = false;
        foreach (var c in code)
        {
            switch (c)
            {
                case '"':
                    inQuotes = !inQuotes;
                    break;
                case '[' when !inQuotes:
                    inBrackets = true;
                    break;
                case ']' when !inQuotes:
                    inBrackets = false;
                    break;
                case 'y' or 'Y' or 'd' or 'D' when !inQuotes && !inBrackets:
                    return true;
            }
        }

        return false;
    }
}
