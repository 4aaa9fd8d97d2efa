using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using RectifyBot.Core.Roster.Import;

namespace RectifyBot.Documents.Tables;

/// <summary>
/// Reads an uploaded table (the office's roster) into sheets of cell texts. The kind is decided by content, not
/// by the file name: a ZIP holding xl/workbook.xml is an .xlsx, text is CSV, anything else (an old .xls, a PDF,
/// a .docx, an image) is refused as NotCsvOrXlsx, so a renamed file still gets a clear answer.
/// </summary>
public static class TabularFile
{
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];

    public static TabularFileResult Read(byte[] content, string fileName, TabularFileOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        options ??= TabularFileOptions.Default;
        if (content.Length > options.MaxBytes)
        {
            return TooLarge(options);
        }

        if (content.Length == 0)
        {
            return TabularFileResult.Refused(RosterImportErrorCode.EmptyFile);
        }

        return content.AsSpan().StartsWith(ZipMagic) ? ReadXlsx(content) : ReadCsv(content, fileName);
    }

    /// <summary>Reads at most the size limit from a stream (a download), refusing larger files without reading them whole.</summary>
    public static async Task<TabularFileResult> ReadAsync(Stream content, string fileName, TabularFileOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        options ??= TabularFileOptions.Default;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > options.MaxBytes)
            {
                return TooLarge(options);
            }
        }

        return Read(buffer.ToArray(), fileName, options);
    }

    private static TabularFileResult TooLarge(TabularFileOptions options) =>
        TabularFileResult.Refused(RosterImportErrorCode.FileTooLarge, $"{options.MaxBytes / (1024.0 * 1024.0):0.#} MB");

    private static TabularFileResult ReadXlsx(byte[] content)
    {
        try
        {
            using (var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read))
            {
                if (zip.GetEntry("xl/workbook.xml") is null)
                {
                    return TabularFileResult.Refused(RosterImportErrorCode.NotCsvOrXlsx);
                }
            }

            return TabularFileResult.Read(TabularFileKind.Xlsx, XlsxReader.Read(new MemoryStream(content, writable: false)));
        }
        catch (Exception e) when (e is InvalidDataException or IOException or XmlException or OpenXmlPackageException or InvalidOperationException)
        {
            // A damaged or disguised package: to the office it is simply not a readable .xlsx.
            return TabularFileResult.Refused(RosterImportErrorCode.NotCsvOrXlsx);
        }
    }

    private static TabularFileResult ReadCsv(byte[] content, string fileName)
    {
        var text = TextEncodingDetector.Decode(content, out _);
        if (text.Any(c => c == '\uFFFD' || (char.IsControl(c) && c is not ('\t' or '\r' or '\n'))))
        {
            // Binary content (an old .xls, a PDF, an image) decodes to control characters or replacement marks.
            return TabularFileResult.Refused(RosterImportErrorCode.NotCsvOrXlsx);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return TabularFileResult.Refused(RosterImportErrorCode.EmptyFile);
        }

        return TabularFileResult.Read(TabularFileKind.Csv, [CsvReader.Read(text, fileName)]);
    }
}
