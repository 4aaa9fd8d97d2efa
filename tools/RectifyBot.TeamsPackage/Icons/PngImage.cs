using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace RectifyBot.TeamsPackage.Icons;

/// <summary>An 8-bit RGBA image that can be written as a PNG (colour type 6, no interlace, filter 0 on every row).</summary>
public sealed class PngImage
{
    private readonly byte[] _rgba;

    public PngImage(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        Width = width;
        Height = height;
        _rgba = new byte[width * height * 4];
    }

    public int Width { get; }

    public int Height { get; }

    public void SetPixel(int x, int y, byte r, byte g, byte b, byte a)
    {
        var i = ((y * Width) + x) * 4;
        _rgba[i] = r;
        _rgba[i + 1] = g;
        _rgba[i + 2] = b;
        _rgba[i + 3] = a;
    }

    public byte[] ToPng()
    {
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, Width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), Height);
        header[8] = 8; // bit depth
        header[9] = 6; // colour type: truecolour with alpha
        WriteChunk(png, "IHDR", header);

        using var pixels = new MemoryStream();
        using (var zlib = new ZLibStream(pixels, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            for (var y = 0; y < Height; y++)
            {
                zlib.WriteByte(0); // filter type None
                zlib.Write(_rgba, y * Width * 4, Width * 4);
            }
        }

        WriteChunk(png, "IDAT", pixels.ToArray());
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typeAndData = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typeAndData);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, System.IO.Hashing.Crc32.HashToUInt32(typeAndData));
        png.Write(crc);
    }
}
