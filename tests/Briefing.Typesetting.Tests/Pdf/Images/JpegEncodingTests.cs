using Briefing.Typesetting.Pdf.Images;

namespace Briefing.Typesetting.Tests.Pdf.Images;

public class JpegEncodingTests
{
    /// <summary>SOI, optional APP14 Adobe, a frame header of the given kind, a scan header and EOI.</summary>
    internal static byte[] Jpeg(int width, int height, int components, byte sof = 0xC0, int precision = 8, bool adobe = false)
    {
        var bytes = new List<byte> { 0xFF, 0xD8 };
        bytes.AddRange([0xFF, 0xE0, 0, 16, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
        if (adobe)
            bytes.AddRange([0xFF, 0xEE, 0, 14, (byte)'A', (byte)'d', (byte)'o', (byte)'b', (byte)'e', 0, 100, 0, 0, 0, 0, 2]);
        bytes.AddRange([0xFF, 0xFF]); // a fill byte before the marker is allowed
        bytes.AddRange([0xFF, sof, 0, (byte)(8 + 3 * components), (byte)precision, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, (byte)components]);
        for (var c = 1; c <= components; c++)
            bytes.AddRange([(byte)c, 0x11, 0]);
        bytes.AddRange([0xFF, 0xDA, 0, 8, 1, 1, 0, 0, 63, 0, 0x12, 0x34, 0xFF, 0xD9]);
        return [.. bytes];
    }

    [Theory]
    [InlineData(1, "DeviceGray")]
    [InlineData(3, "DeviceRGB")]
    [InlineData(4, "DeviceCMYK")]
    public void Jpeg_passes_through_as_dct_with_its_size_and_colour_space(int components, string colorSpace)
    {
        var jpeg = Jpeg(1024, 300, components);

        var image = ImageEncoder.Encode(jpeg);

        Assert.Equal((1024, 300, colorSpace, 8, "DCTDecode"), (image.Width, image.Height, image.ColorSpace, image.BitsPerComponent, image.Filter));
        Assert.Equal(jpeg, image.Data);
        Assert.Null(image.DecodeParms);
        Assert.Null(image.Palette);
        Assert.Null(image.SoftMask);
        Assert.False(image.InvertedCmyk);
    }

    [Fact]
    public void Adobe_cmyk_jpeg_is_marked_inverted()
    {
        Assert.True(ImageEncoder.Encode(Jpeg(10, 10, 4, adobe: true)).InvertedCmyk);
        Assert.False(ImageEncoder.Encode(Jpeg(10, 10, 3, adobe: true)).InvertedCmyk);
    }

    [Theory]
    [InlineData(0xC1)]
    [InlineData(0xC2)]
    public void Extended_and_progressive_jpegs_are_accepted(byte sof)
    {
        Assert.Equal((7, 5), (ImageEncoder.Encode(Jpeg(7, 5, 3, sof)).Width, ImageEncoder.Encode(Jpeg(7, 5, 3, sof)).Height));
    }

    [Theory]
    [InlineData(0xC3)] // lossless
    [InlineData(0xC9)] // arithmetic
    public void Jpegs_pdf_readers_cannot_decode_are_refused(byte sof)
    {
        var e = Assert.Throws<ArgumentException>(() => ImageEncoder.Encode(Jpeg(7, 5, 3, sof)));
        Assert.Contains("SOF", e.Message);
    }

    [Fact]
    public void Twelve_bit_jpeg_is_refused()
    {
        Assert.Contains("12-bit", Assert.Throws<ArgumentException>(() => ImageEncoder.Encode(Jpeg(7, 5, 3, precision: 12))).Message);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(0)]
    public void Jpeg_with_an_unsupported_component_count_is_refused(int components)
    {
        Assert.Throws<ArgumentException>(() => ImageEncoder.Encode(Jpeg(7, 5, components)));
    }

    [Fact]
    public void Jpeg_with_zero_or_huge_size_is_refused()
    {
        Assert.Throws<ArgumentException>(() => ImageEncoder.Encode(Jpeg(0, 5, 3)));
        Assert.Throws<ArgumentException>(() => ImageEncoder.Encode(Jpeg(7, 0, 3)));
        Assert.Contains("megapixels", Assert.Throws<ArgumentException>(() => ImageEncoder.Encode(Jpeg(65535, 65535, 3))).Message);
    }

    [Fact]
    public void Every_truncation_of_a_jpeg_header_is_refused_cleanly()
    {
        var jpeg = Jpeg(7, 5, 3);
        var frameEnd = Array.IndexOf(jpeg, (byte)0xDA) - 1; // up to the scan marker the header is incomplete
        for (var length = 0; length < frameEnd; length++)
            Assert.Throws<ArgumentException>(() => ImageEncoder.Encode(jpeg.AsSpan(0, length)));
    }

    [Fact]
    public void Jpeg_with_a_scan_before_any_frame_is_refused()
    {
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xDA, 0, 2, 0xFF, 0xD9];
        Assert.Contains("frame header", Assert.Throws<ArgumentException>(() => ImageEncoder.Encode(jpeg)).Message);
    }

    [Fact]
    public void Jpeg_segment_with_a_length_below_two_is_refused()
    {
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 1, 0, 0, 0, 0];
        Assert.Throws<ArgumentException>(() => ImageEncoder.Encode(jpeg));
    }
}
