namespace RectifyBot.TeamsPackage.Icons;

/// <summary>
/// The app's two icons, drawn from one shape (a ring with a tick: a measure carried out): the colour icon is
/// 192×192, white shape on the accent colour, fully opaque; the outline icon is 32×32, the same shape in pure
/// white on a transparent background (Teams requires exactly that). Edges are anti-aliased by 4×4 supersampling.
/// </summary>
public static class AppIcons
{
    public const int ColorSize = 192;
    public const int OutlineSize = 32;

    /// <summary>The manifest's accentColor (#C8102E).</summary>
    private static readonly (byte R, byte G, byte B) Accent = (0xC8, 0x10, 0x2E);

    public static byte[] Color()
    {
        var image = new PngImage(ColorSize, ColorSize);
        for (var y = 0; y < ColorSize; y++)
        {
            for (var x = 0; x < ColorSize; x++)
            {
                var cover = Coverage(x, y, ColorSize);
                image.SetPixel(x, y, Blend(Accent.R, cover), Blend(Accent.G, cover), Blend(Accent.B, cover), 255);
            }
        }

        return image.ToPng();
    }

    public static byte[] Outline()
    {
        var image = new PngImage(OutlineSize, OutlineSize);
        for (var y = 0; y < OutlineSize; y++)
        {
            for (var x = 0; x < OutlineSize; x++)
            {
                var alpha = (byte)Math.Round(Coverage(x, y, OutlineSize) * 255);
                image.SetPixel(x, y, 255, 255, 255, alpha);
            }
        }

        return image.ToPng();
    }

    private static byte Blend(byte background, double whiteCover) =>
        (byte)Math.Round((background * (1 - whiteCover)) + (255 * whiteCover));

    /// <summary>How much of pixel (x, y) the shape covers, 0..1, in an image of the given size.</summary>
    private static double Coverage(int x, int y, int size)
    {
        const int Samples = 4;
        var inside = 0;
        for (var sy = 0; sy < Samples; sy++)
        {
            for (var sx = 0; sx < Samples; sx++)
            {
                // The shape is defined on the unit square; sample points are pixel sub-centres.
                var u = (x + ((sx + 0.5) / Samples)) / size;
                var v = (y + ((sy + 0.5) / Samples)) / size;
                if (InShape(u, v))
                {
                    inside++;
                }
            }
        }

        return inside / (double)(Samples * Samples);
    }

    private static bool InShape(double u, double v)
    {
        const double Stroke = 0.09;
        var ring = Math.Abs(Math.Sqrt(((u - 0.5) * (u - 0.5)) + ((v - 0.5) * (v - 0.5))) - 0.36) < Stroke / 2;
        var tick = DistanceToSegment(u, v, 0.32, 0.52, 0.45, 0.65) < Stroke / 2
            || DistanceToSegment(u, v, 0.45, 0.65, 0.70, 0.38) < Stroke / 2;
        return ring || tick;
    }

    private static double DistanceToSegment(double px, double py, double ax, double ay, double bx, double by)
    {
        var (dx, dy) = (bx - ax, by - ay);
        var t = Math.Clamp((((px - ax) * dx) + ((py - ay) * dy)) / ((dx * dx) + (dy * dy)), 0, 1);
        var (cx, cy) = (ax + (t * dx), ay + (t * dy));
        return Math.Sqrt(((px - cx) * (px - cx)) + ((py - cy) * (py - cy)));
    }
}
