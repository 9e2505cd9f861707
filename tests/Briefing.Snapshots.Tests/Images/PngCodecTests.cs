using System.Buffers.Binary;
using System.IO.Compression;
using Briefing.Snapshots.Images;
using Briefing.Snapshots.Tests.Support;
using CsCheck;

namespace Briefing.Snapshots.Tests.Images;

public sealed class PngCodecTests
{
    [Fact]
    public void Encoding_then_decoding_gives_back_the_same_pixels()
    {
        var images = Gen.Int[1, 40].SelectMany(w => Gen.Int[1, 12].SelectMany(h =>
            Gen.Byte.Array[w * h * 3].Select(pixels => new RgbImage(w, h, pixels))));

        images.Sample(image =>
        {
            var decoded = PngCodec.Decode(PngCodec.Encode(image));

            Assert.Equal(image.Width, decoded.Width);
            Assert.Equal(image.Height, decoded.Height);
            Assert.Equal(image.Pixels, decoded.Pixels);
        }, iter: 200);
    }

    [Fact]
    public void A_pdftoppm_png_decodes_to_the_same_pixels_as_its_ppm_rendering()
    {
        // Given: Korean text gives anti-aliased edges, so libpng's adaptive filters all get used.
        var pdf = TestPdfs.Korean("대한민국과 캐나다는 정상회담을 가졌다. The quick brown fox.");

        // When
        var decoded = PngCodec.Decode(Poppler.RenderPng(pdf, 50, gray: false));
        var (width, height, samples) = Poppler.RenderNetpbm(pdf, 50, gray: false);

        // Then
        Assert.Equal((width, height), (decoded.Width, decoded.Height));
        Assert.Equal(samples, decoded.Pixels);
        Assert.Contains(decoded.Pixels, b => b < 128);
    }

    [Fact]
    public void A_gray_pdftoppm_png_decodes_to_the_gray_value_in_every_channel()
    {
        var pdf = TestPdfs.Korean("회색 페이지");

        var decoded = PngCodec.Decode(Poppler.RenderPng(pdf, 40, gray: true));
        var (width, height, samples) = Poppler.RenderNetpbm(pdf, 40, gray: true);

        Assert.Equal((width, height), (decoded.Width, decoded.Height));
        for (var i = 0; i < samples.Length; i++)
        {
            Assert.Equal(samples[i], decoded.Pixels[i * 3]);
            Assert.Equal(samples[i], decoded.Pixels[i * 3 + 1]);
            Assert.Equal(samples[i], decoded.Pixels[i * 3 + 2]);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Every_filter_type_decodes_rgba_composited_over_white(int filter)
    {
        // Given: an RGBA image with opaque, transparent and half-transparent pixels, filtered with one type.
        const int width = 5, height = 4;
        var rgba = new byte[width * height * 4];
        for (var i = 0; i < width * height; i++)
        {
            rgba[i * 4] = (byte)(i * 13);
            rgba[i * 4 + 1] = (byte)(200 - i * 7);
            rgba[i * 4 + 2] = (byte)(i * 29);
            rgba[i * 4 + 3] = (i % 3) switch { 0 => 255, 1 => 0, _ => 128 };
        }

        // When
        var decoded = PngCodec.Decode(WriteRgba(width, height, rgba, filter));

        // Then
        for (var i = 0; i < width * height; i++)
        {
            for (var c = 0; c < 3; c++)
            {
                var alpha = rgba[i * 4 + 3];
                var expected = (rgba[i * 4 + c] * alpha + 255 * (255 - alpha) + 127) / 255;
                Assert.Equal(expected, decoded.Pixels[i * 3 + c]);
            }
        }
    }

    [Fact]
    public void Bytes_that_are_not_a_png_are_refused()
    {
        Assert.Throws<InvalidDataException>(() => PngCodec.Decode("%PDF-1.7"u8));
    }

    [Fact]
    public void A_corrupted_chunk_is_refused()
    {
        var png = PngCodec.Encode(new RgbImage(2, 2, new byte[12]));
        png[20] ^= 0xFF;

        Assert.Throws<InvalidDataException>(() => PngCodec.Decode(png));
    }

    // An independent encoder for the test: filters each row with the given type, as PNG's spec defines.
    private static byte[] WriteRgba(int width, int height, byte[] rgba, int filter)
    {
        const int bpp = 4;
        var stride = width * bpp;
        var raw = new byte[(stride + 1) * height];
        for (var y = 0; y < height; y++)
        {
            raw[y * (stride + 1)] = (byte)filter;
            for (var i = 0; i < stride; i++)
            {
                int x = rgba[y * stride + i];
                int a = i >= bpp ? rgba[y * stride + i - bpp] : 0;
                int b = y > 0 ? rgba[(y - 1) * stride + i] : 0;
                int c = y > 0 && i >= bpp ? rgba[(y - 1) * stride + i - bpp] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    _ => PaethPredictor(a, b, c),
                };
                raw[y * (stride + 1) + 1 + i] = (byte)(x - predictor);
            }
        }

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(raw);
        }

        using var png = new MemoryStream();
        png.Write([137, 80, 78, 71, 13, 10, 26, 10]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = 6;
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static int PaethPredictor(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static void Chunk(Stream output, string type, byte[] data)
    {
        var body = new byte[4 + data.Length];
        System.Text.Encoding.ASCII.GetBytes(type, body);
        data.CopyTo(body, 4);
        var word = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        output.Write(word);
        output.Write(body);
        BinaryPrimitives.WriteUInt32BigEndian(word, System.IO.Hashing.Crc32.HashToUInt32(body));
        output.Write(word);
    }
}
