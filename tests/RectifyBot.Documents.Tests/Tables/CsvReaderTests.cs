using RectifyBot.Documents.Tables;

namespace RectifyBot.Documents.Tests.Tables;

public sealed class CsvReaderTests
{
    [Fact]
    public void Quoted_fields_hold_commas_doubled_quotes_and_line_breaks()
    {
        var sheet = CsvReader.Read("a,b,c\r\n\"张,三\",\"他说\"\"好\"\"\",\"第一行\r\n第二行\"\r\nx,y,z\r\n", "t.csv");

        Assert.Equal(["张,三", "他说\"好\"", "第一行\r\n第二行"], sheet.Rows[1].Cells);
        Assert.Equal(["x", "y", "z"], sheet.Rows[2].Cells);
    }

    [Fact]
    public void Rows_are_numbered_as_excel_shows_them_with_blank_lines_skipped_and_line_breaks_in_quotes_inside_their_row()
    {
        var sheet = CsvReader.Read("h1,h2\n\"a\nb\",c\n\n,\nd,e", "t.csv");

        Assert.Equal([1, 2, 5], sheet.Rows.Select(r => r.Number));
    }

    [Fact]
    public void Empty_fields_keep_their_position()
    {
        var sheet = CsvReader.Read("a,b,c\r\n,,x\r\n", "t.csv");

        Assert.Equal(["", "", "x"], sheet.Rows[1].Cells);
    }

    [Fact]
    public void Old_mac_line_endings_split_rows_too() =>
        Assert.Equal(2, CsvReader.Read("a,b\rc,d\r", "t.csv").Rows.Count);
}
