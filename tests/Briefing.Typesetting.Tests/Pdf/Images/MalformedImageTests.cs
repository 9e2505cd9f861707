using System.Buffers.Binary;
using Briefing.Typesetting.Pdf.Images;

namespace Briefing.Typesetting.Tests.Pdf.Images;

public class MalformedImageTests
{
    private static TestPng Rgba(bool interlaced = false) => PngEncodingTests.RandomPng(6, 8, interlaced, false, 12, 9, seed: 3);

    [Fact]
    public void Bytes_that_are_neither_png_nor_jpeg_are_refused()
    {
        Assert.Contains("neither", Assert.Throws<ArgumentException>(() => ImageEncoder.Encode("GIF89a......"u8)).Message);
        Assert.Throws<ArgumentException>(() => ImageEncoder.Encode([]));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Every_truncation_of_a_png_is_refused_cleanly(bool opaque)
    {
        // Opaque images take the pass-through path, the others are decoded: both must notice.
        var png = opaque ? PngEncodingTests.RandomPng(2, 8, false, false, 12, 9, seed: 3).Encode(3) : Rgba().Encode(3);
        for (var length = 0; length < png.Length; length++)
        {
            var e = Record.Exception(() => ImageEncoder.Encode(png.AsSpan(0, length)));
            Assert.IsType<ArgumentException>(e);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Truncated_zlib_data_in_well_formed_chunks_is_refused(bool interlaced)
    {
        // Given a decoded-path PNG whose IDAT holds only half the zlib stream
        var png = Rgba(interlaced);
        var zlib = TestPng.Compress(png.Scanlines());

        // When, Then
        var e = Assert.Throws<ArgumentException>(() => ImageEncoder.Encode(png.Assemble(zlib[..(zlib.Length / 2)])));
        Assert.Contains("truncated or corrupt", e.Message);
    }

    [Fact]
    public void Too_few_scanlines_are_refused()
    {
        var png = Rgba();
        var scanlines = png.Scanlines();
        var e = Assert.Throws<ArgumentException>(() => ImageEncoder.Encode(png.Assemble(TestPng.Compress(scanlines[..^10]))));
        Assert.Contains("truncated", e.Message);
    }

    [Fact]
    public void Corrupt_zlib_data_is_refused()
    {
        var png = Rgba();
        var zlib = TestPng.Compress(png.Scanlines());
        for (var i = 2; i < zlib.Length; i++)
            zlib[i] ^= 0x5A;
        Assert.Throws<ArgumentException>(() => ImageEncoder.Encode(png.Assemble(zlib)));
    }

    [Fact]
    public void Unknown_scanline_filter_is_refused()
    {
        var png = Rgba();
        var scanlines = png.Scanlines();
        scanlines[0] = 7;
        Assert.Contains("filter 7", Assert.Throws<ArgumentException>(() => ImageEncoder.Encode(png.Assemble(TestPng.Compress(scanlines)))).Message);
    }

    [Theory]
    [InlineData(0, 10)]
    [InlineData(10, 0)]
    [InlineData(20_000, 20_000)]
    [InlineData(-1, 1)] // 0xFFFFFFFF
    public void Zero_sized_or_huge_pngs_are_refused_before_anything_is_allocated(int width, int height)
    {
        var png = new TestPng(1, 1, 2, 8, false, [1, 2, 3]).Encode();
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(16), width);
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(20), height);
        Assert.Throws<ArgumentException>(() => ImageEncoder.Encode(png));
    }

    [Theory]
    [InlineData(2, 4)]
    [InlineData(3, 16)]
    [InlineData(6, 1)]
    [InlineData(5, 8)]
    public void Bit_depths_the_png_specification_forbids_are_refused(int colorType, int depth)
    {
        var png = new TestPng(1, 1, 2, 8, false, [1, 2, 3]).Encode();
        png[24] = (byte)depth;
        png[25] = (byte)colorType;
        Assert.Contains("does not allow", Assert.Throws<ArgumentException>(() => ImageEncoder.Encode(png)).Message);
    }

    [Fact]
    public void Palette_png_without_a_palette_is_refused()
    {
        var png = new TestPng(2, 1, 3, 8, false, [0, 1]).Encode();
        Assert.Contains("PLTE", Assert.Throws<ArgumentException>(() => ImageEncoder.Encode(png)).Message);
    }

    [Fact]
    public void Png_without_image_data_is_refused()
    {
        var png = new TestPng(2, 1, 0, 8, false, [0, 1]);
        Assert.Contains("IDAT", Assert.Throws<ArgumentException>(() => ImageEncoder.Encode(png.Assemble([]))).Message);
    }

    [Fact]
    public void Png_whose_first_chunk_is_not_ihdr_is_refused()
    {
        var png = new TestPng(1, 1, 0, 8, false, [0]).Encode();
        png[12] = (byte)'X';
        Assert.Contains("IHDR", Assert.Throws<ArgumentException>(() => ImageEncoder.Encode(png)).Message);
    }

    [Fact]
    public void Unknown_critical_chunk_is_refused_but_unknown_ancillary_chunks_are_skipped()
    {
        var good = new TestPng(1, 1, 0, 8, false, [7]).Encode();
        static byte[] With(byte[] png, string type)
        {
            using var s = new MemoryStream();
            s.Write(png.AsSpan(0, 33)); // signature and IHDR
            TestPng.WriteChunk(s, type, [1, 2, 3]);
            s.Write(png.AsSpan(33));
            return s.ToArray();
        }

        Assert.Contains("XYZW", Assert.Throws<ArgumentException>(() => ImageEncoder.Encode(With(good, "XYZW"))).Message);
        Assert.Equal([7], ReadBack.Samples(ImageEncoder.Encode(With(good, "xyZW")), 1));
    }

    [Fact]
    public void Chunk_length_beyond_the_file_is_refused()
    {
        var png = new TestPng(1, 1, 0, 8, false, [0]).Encode();
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(33), 0xFFFFFFF0); // the IDAT length
        Assert.Throws<ArgumentException>(() => ImageEncoder.Encode(png));
    }

    [Fact]
    public void Wrong_sized_colour_key_is_refused()
    {
        var png = new TestPng(1, 1, 2, 8, false, [1, 2, 3], Transparency: [0, 1]).Encode();
        Assert.Contains("tRNS", Assert.Throws<ArgumentException>(() => ImageEncoder.Encode(png)).Message);
    }
}
