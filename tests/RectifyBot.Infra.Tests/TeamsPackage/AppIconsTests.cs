using RectifyBot.Infra.Tests.Support;

namespace RectifyBot.Infra.Tests.TeamsPackage;

/// <summary>Teams' icon rules: colour 192×192 (opaque), outline 32×32 white on a transparent background.</summary>
public sealed class AppIconsTests : IDisposable
{
    private readonly BuiltPackage _package = new();

    private PngReader Icon(string kind) =>
        PngReader.Read(File.ReadAllBytes(_package.File((string)_package.Manifest["icons"]![kind]!)));

    [Fact]
    public void The_colour_icon_is_192_by_192_and_fully_opaque_with_a_drawn_shape()
    {
        var icon = Icon("color");
        Assert.Equal((192, 192), (icon.Width, icon.Height));
        Assert.All(icon.Pixels(), p => Assert.Equal(255, p.A));
        Assert.True(icon.Pixels().Distinct().Count() > 2, "the icon is one flat colour");
        Assert.Equal((0xC8, 0x10, 0x2E), ((int)icon.Pixel(0, 0).R, (int)icon.Pixel(0, 0).G, (int)icon.Pixel(0, 0).B));
    }

    [Fact]
    public void The_outline_icon_is_32_by_32_pure_white_on_transparent()
    {
        var icon = Icon("outline");
        Assert.Equal((32, 32), (icon.Width, icon.Height));
        Assert.All(icon.Pixels().Where(p => p.A > 0), p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
        Assert.Equal(0, icon.Pixel(0, 0).A);
        Assert.Contains(icon.Pixels(), p => p.A == 255);
        Assert.InRange(icon.Pixels().Count(p => p.A == 0), 32 * 32 / 3, 32 * 32 - 1);
    }

    public void Dispose() => _package.Dispose();
}
