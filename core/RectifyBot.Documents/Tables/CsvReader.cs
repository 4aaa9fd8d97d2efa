using System.Text;
using RectifyBot.Core.Roster.Import;

namespace RectifyBot.Documents.Tables;

/// <summary>
/// RFC 4180 CSV: fields in double quotes may hold commas, line breaks and doubled quotes. Rows are numbered as
/// Excel shows them (a quoted line break stays inside its row). Excel's "Unicode text" export is tab-separated,
/// so a header line with tabs and no commas switches the delimiter to tab.
/// </summary>
public static class CsvReader
{
    public static TabularSheet Read(string text, string sheetName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var delimiter = DetectDelimiter(text);
        var rows = new List<TabularRow>();
        var cells = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        var rowNumber = 1;
        var i = 0;

        void EndField()
        {
            cells.Add(field.ToString());
            field.Clear();
        }

        void EndRow()
        {
            EndField();
            var row = new TabularRow(rowNumber, cells.ToArray());
            if (!row.IsBlank)
            {
                rows.Add(row);
            }

            cells.Clear();
            rowNumber++;
        }

        while (i < text.Length)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i += 2;
                    continue;
                }

                if (c == '"')
                {
                    inQuotes = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                inQuotes = true;
            }
            else if (c == delimiter)
            {
                EndField();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                EndRow();
            }
            else
            {
                field.Append(c);
            }

            i++;
        }

        if (field.Length > 0 || cells.Count > 0)
        {
            EndRow();
        }

        return new TabularSheet(sheetName, rows);
    }

    private static char DetectDelimiter(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        var header = end < 0 ? text : text[..end];
        return header.Contains('\t', StringComparison.Ordinal) && !header.Contains(',', StringComparison.Ordinal) ? '\t' : ',';
    }
}
