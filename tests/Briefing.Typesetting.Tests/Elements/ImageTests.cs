using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Elements;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;
using Briefing.Typesetting.Pdf.Images;
using Briefing.Typesetting.Tests.Layout.Support;
using L = Briefing.Typesetting.Fluent.Blocks;

namespace Briefing.Typesetting.Tests.Elements;

public class ImageTests
{
    /// <summary>The first bytes of a PNG: signature and IHDR with the given pixel size.</summary>
    internal static byte[] PngHeader(int width, int height) =>
    [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A,
        0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R',
        (byte)(width >> 24), (byte)(width >> 16), (byte)(width >> 8), (byte)width,
        (byte)(height >> 24), (byte)(height >> 16), (byte)(height >> 8), (byte)height,
        8, 2, 0, 0, 0,
    ];

    /// <summary>The first bytes of a JPEG: SOI, an APP0 segment, then a baseline frame header.</summary>
    private static byte[] JpegHeader(int width, int height) =>
    [
        0xFF, 0xD8,
        0xFF, 0xE0, 0, 16, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0,
        0xFF, 0xC0, 0, 17, 8, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 3,
        1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1,
    ];

    [Fact]
    public void Png_size_is_read_from_its_header()
    {
        Assert.Equal((640, 480), ImageEncoder.ReadSize(PngHeader(640, 480)));
    }

    [Fact]
    public void Jpeg_size_is_read_from_its_frame_header()
    {
        Assert.Equal((1024, 300), ImageEncoder.ReadSize(JpegHeader(1024, 300)));
    }

    [Fact]
    public void Bytes_that_are_neither_png_nor_jpeg_are_refused()
    {
        Assert.Throws<ArgumentException>(() => ImageEncoder.ReadSize("GIF89a......"u8));
    }

    [Fact]
    public void The_element_reads_a_jpeg_header_as_the_pdf_encoder_does()
    {
        // One JPEG header reader: a second frame header is refused at the element already, with the encoder's reason.
        var header = JpegHeader(1024, 300);
        byte[] twoFrames = [.. header, .. header[20..]];

        var thrown = Assert.Throws<ArgumentException>(() => L.Image(twoFrames, "A chart"));

        Assert.Contains("two frame headers", thrown.Message);
    }

    [Fact]
    public void Image_scales_to_the_width_keeping_its_aspect_ratio()
    {
        var image = L.Image(PngHeader(200, 100), "A chart");

        var drawn = LayoutTest.HavingSpaceOfSize(300, 400).ForContent(image).ExpectPlan(SpacePlan.Full(300, 150)).Draw();

        var draw = Assert.Single(drawn.OfType<DrawCommand.Image>());
        Assert.Equal(new Rect(0, 0, 300, 150), draw.Rect);
        Assert.Equal(new DrawCommand.BeginTag(StructureRole.Figure, "A chart", image), drawn[0]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Image_with_blank_alt_text_is_decorative_not_a_figure_without_a_description(string alt)
    {
        // PDF/UA (Matterhorn 13-004) fails a Figure whose /Alt is empty: blank text means decorative.
        var drawn = LayoutTest.HavingSpaceOfSize(300, 400).ForContent(L.Image(JpegHeader(10, 10), alt)).Draw();

        Assert.IsType<DrawCommand.BeginArtifact>(drawn[0]);
        Assert.DoesNotContain(drawn, c => c is DrawCommand.BeginTag);
    }

    [Fact]
    public void Image_without_alt_text_is_decorative()
    {
        var drawn = LayoutTest.HavingSpaceOfSize(300, 400).ForContent(L.Image(JpegHeader(10, 10), null)).Draw();

        Assert.IsType<DrawCommand.BeginArtifact>(drawn[0]);
        Assert.IsType<DrawCommand.EndArtifact>(drawn[^1]);
    }

    [Fact]
    public void Image_too_tall_for_the_space_wraps_but_shrinks_to_fit_an_empty_page()
    {
        var image = L.Image(PngHeader(100, 400), "tall");

        LayoutTest.HavingSpaceOfSize(100, 200).ForContent(image).ExpectWrap();
        LayoutTest.HavingSpaceOfSize(100, 200).ForContent(image).WithRelaxedKeepRules().ExpectPlan(SpacePlan.Full(50, 200));
    }
}
