using System.IO.Compression;
using System.Text;
using RectifyBot.Core.Roster.Import;
using RectifyBot.Documents.Tables;

namespace RectifyBot.Documents.Tests.Tables;

public sealed class TabularFileTests
{
    private static RosterImportErrorCode? RefusalOf(byte[] content, string fileName = "名单.csv", TabularFileOptions? options = null) =>
        TabularFile.Read(content, fileName, options).Error?.Code;

    [Fact]
    public void An_empty_file_is_refused_as_empty() =>
        Assert.Equal(RosterImportErrorCode.EmptyFile, RefusalOf([]));

    [Fact]
    public void A_csv_holding_only_a_bom_and_blank_lines_is_empty() =>
        Assert.Equal(RosterImportErrorCode.EmptyFile, RefusalOf([0xEF, 0xBB, 0xBF, (byte)'\r', (byte)'\n', (byte)' ']));

    [Fact]
    public void A_file_over_the_limit_is_refused_as_too_large_with_the_limit()
    {
        var result = TabularFile.Read(new byte[2 * 1024 * 1024 + 1], "big.csv", new TabularFileOptions { MaxBytes = 2 * 1024 * 1024 });

        Assert.Equal(new RosterImportError(RosterImportErrorCode.FileTooLarge, Value: "2 MB"), result.Error);
    }

    [Fact]
    public async Task A_download_over_the_limit_is_refused_without_reading_it_whole()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(new string('a', 5000)));

        var result = await TabularFile.ReadAsync(stream, "big.csv", new TabularFileOptions { MaxBytes = 1000 });

        Assert.Equal(RosterImportErrorCode.FileTooLarge, result.Error?.Code);
    }

    [Fact]
    public void The_default_limit_is_ten_megabytes() =>
        Assert.Equal(10 * 1024 * 1024, TabularFileOptions.Default.MaxBytes);

    [Theory]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00, 0x00 }, "名单.xls")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00 }, "名单.csv")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x34, 0x0A, 0x01, 0x02 }, "名单.xlsx")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00 }, "名单.xlsx")]
    public void Binary_or_damaged_files_are_refused_whatever_their_name(byte[] content, string fileName) =>
        Assert.Equal(RosterImportErrorCode.NotCsvOrXlsx, RefusalOf(content, fileName));

    [Fact]
    public void A_zip_without_a_workbook_such_as_a_word_document_is_not_an_xlsx()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            entry.Write("<w:document/>");
        }

        Assert.Equal(RosterImportErrorCode.NotCsvOrXlsx, RefusalOf(buffer.ToArray(), "名单.xlsx"));
    }

    [Fact]
    public void The_content_decides_the_kind_not_the_extension()
    {
        var result = TabularFile.Read(Encoding.UTF8.GetBytes("工号/学号,姓名\r\nT001,王五\r\n"), "名单.xlsx");

        Assert.Equal(TabularFileKind.Csv, result.Kind);
        Assert.Equal(["T001", "王五"], Assert.Single(result.Sheets).Rows[1].Cells);
    }

    [Fact]
    public void A_csv_sheet_is_named_after_the_file() =>
        Assert.Equal("人员名单.csv", TabularFile.Read(Encoding.UTF8.GetBytes("a,b"), "人员名单.csv").Sheets[0].Name);
}
