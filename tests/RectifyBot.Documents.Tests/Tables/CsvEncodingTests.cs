using System.Text;
using RectifyBot.Documents.Tables;

namespace RectifyBot.Documents.Tests.Tables;

public sealed class CsvEncodingTests
{
    private const string Csv = "工号/学号,姓名,党组织编码\r\n202103010001,欧阳娜娜,U011\r\n";

    static CsvEncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string, byte[]> Encodings() => new()
    {
        { "UTF-8 with BOM", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Csv)] },
        { "UTF-8 without BOM", Encoding.UTF8.GetBytes(Csv) },
        { "GB18030", Encoding.GetEncoding("GB18030").GetBytes(Csv) },
        { "GBK", Encoding.GetEncoding(936).GetBytes(Csv) },
        { "UTF-16 LE with BOM", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Csv)] },
        { "UTF-16 BE with BOM", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Csv)] },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Chinese_text_reads_the_same_in_every_encoding_excel_writes(string encoding, byte[] content)
    {
        var result = TabularFile.Read(content, "名单.csv");

        Assert.True(result.Error is null, encoding);
        var rows = Assert.Single(result.Sheets).Rows;
        Assert.Equal(["工号/学号", "姓名", "党组织编码"], rows[0].Cells);
        Assert.Equal(["202103010001", "欧阳娜娜", "U011"], rows[1].Cells);
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_read_as_gb18030()
    {
        TextEncodingDetector.Decode(Encoding.GetEncoding("GB18030").GetBytes("姓名"), out var encoding);

        Assert.Equal(54936, encoding.CodePage);
    }

    [Fact]
    public void Excel_unicode_text_export_is_utf16_with_tabs()
    {
        var content = (byte[])[.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("工号/学号\t姓名\r\nT001\t王五\r\n")];

        Assert.Equal(["T001", "王五"], TabularFile.Read(content, "名单.txt").Sheets[0].Rows[1].Cells);
    }
}
