using System.Text;

namespace RectifyBot.Documents.Tables;

/// <summary>
/// The encoding of a CSV file as Chinese Excel and other tools write it: a BOM wins (UTF-8, UTF-16 LE/BE);
/// without one, bytes that are valid UTF-8 are UTF-8, anything else is GB18030 (a superset of GBK and GB2312,
/// which is what "CSV (逗号分隔)" in Chinese Excel writes).
/// </summary>
public static class TextEncodingDetector
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextEncodingDetector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Gb18030 => Encoding.GetEncoding("GB18030");

    /// <summary>Decodes the bytes, without the BOM.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, out Encoding encoding)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            encoding = Encoding.UTF8;
            return Encoding.UTF8.GetString(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            encoding = Encoding.Unicode;
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            encoding = Encoding.BigEndianUnicode;
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        try
        {
            var text = StrictUtf8.GetString(bytes);
            encoding = StrictUtf8;
            return text;
        }
        catch (DecoderFallbackException)
        {
            encoding = Gb18030;
            return Gb18030.GetString(bytes);
        }
    }
}
