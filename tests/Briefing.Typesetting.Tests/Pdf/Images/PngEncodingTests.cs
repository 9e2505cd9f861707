using Briefing.Typesetting.Pdf.Images;

namespace Briefing.Typesetting.Tests.Pdf.Images;

public class PngEncodingTests
{
    private const double Tolerance = 0.5 / 255 + 1e-9; // exact for depths up to 8, nearest 8-bit for 16

    public static TheoryData<int, int, bool, bool, int, int> AllKinds()
    {
        var data = new TheoryData<int, int, bool, bool, int, int>();
        (int Type, int Depth)[] kinds = [(0, 1), (0, 2), (0, 4), (0, 8), (0, 16), (2, 8), (2, 16), (3, 1), (3, 2), (3, 4), (3, 8), (4, 8), (4, 16), (6, 8), (6, 16)];
        (int W, int H)[] sizes = [(13, 7), (1, 1), (3, 10), (17, 9)];
        foreach (var (type, depth) in kinds)
        {
            foreach (var interlaced in new[] { false, true })
            {
                foreach (var trns in type is 0 or 2 or 3 ? new[] { false, true } : [false])
                {
                    foreach (var (w, h) in sizes)
                        data.Add(type, depth, interlaced, trns, w, h);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllKinds))]
    public void Every_colour_type_and_bit_depth_reads_back_to_the_source_pixels(int colorType, int depth, bool interlaced, bool trns, int width, int height)
    {
        // Given
        var png = RandomPng(colorType, depth, interlaced, trns, width, height, seed: colorType * 100 + depth + width);

        // When
        var image = ImageEncoder.Encode(png.Encode(idatChunks: 2));

        // Then
        Assert.Equal((width, height), (image.Width, image.Height));
        Assert.Equal(colorType is 2 or 3 or 6 ? "DeviceRGB" : "DeviceGray", image.ColorSpace);
        Assert.False(image.InvertedCmyk);
        var (expectedColors, expectedAlpha) = Expected(png);
        AssertClose(expectedColors, ReadBack.Colors(image));
        if (image.SoftMask is null)
        {
            Assert.All(expectedAlpha, a => Assert.Equal(1.0, a));
        }
        else
        {
            Assert.Equal(("DeviceGray", 8, (width, height)), (image.SoftMask.ColorSpace, image.SoftMask.BitsPerComponent, (image.SoftMask.Width, image.SoftMask.Height)));
            Assert.Null(image.SoftMask.SoftMask);
            AssertClose(expectedAlpha, ReadBack.Colors(image.SoftMask));
        }
    }

    [Fact]
    public void Opaque_non_interlaced_png_passes_its_zlib_data_through_untouched()
    {
        // Given
        var png = RandomPng(2, 8, interlaced: false, trns: false, 20, 6, seed: 1);
        var zlib = TestPng.Compress(png.Scanlines());

        // When
        var image = ImageEncoder.Encode(png.Assemble(zlib, idatChunks: 3));

        // Then
        Assert.Equal(zlib, image.Data);
        Assert.Equal("<</Predictor 15/Colors 3/BitsPerComponent 8/Columns 20>>", image.DecodeParms);
        Assert.Equal(("FlateDecode", 8, (byte[]?)null, (EncodedImage?)null), (image.Filter, image.BitsPerComponent, image.Palette, image.SoftMask));
    }

    [Fact]
    public void Palette_png_keeps_its_palette_and_packed_depth_on_the_fast_path()
    {
        var png = RandomPng(3, 4, interlaced: false, trns: false, 9, 4, seed: 2);

        var image = ImageEncoder.Encode(png.Encode());

        Assert.Equal(png.Palette, image.Palette);
        Assert.Equal(4, image.BitsPerComponent);
        Assert.Equal("<</Predictor 15/Colors 1/BitsPerComponent 4/Columns 9>>", image.DecodeParms);
    }

    [Fact]
    public void Palette_transparency_becomes_a_soft_mask_over_the_indices()
    {
        // Given a two-colour palette whose second entry is half transparent
        var png = new TestPng(2, 1, 3, 8, false, [0, 1], Palette: [255, 0, 0, 0, 0, 255], Transparency: [255, 128]);

        // When
        var image = ImageEncoder.Encode(png.Encode());

        // Then
        Assert.Equal(new byte[] { 255, 0, 0, 0, 0, 255 }, image.Palette);
        Assert.Equal([0, 1], ReadBack.Samples(image, 1));
        Assert.NotNull(image.SoftMask);
        Assert.Equal([255, 128], ReadBack.Samples(image.SoftMask, 1));
    }

    [Fact]
    public void Sixteen_bit_colour_key_matches_exactly_not_by_its_high_byte()
    {
        // Given grey 16-bit pixels 0x1234 (the key) and 0x1235 (same high byte)
        var png = new TestPng(2, 1, 0, 16, false, [0x1234, 0x1235], Transparency: [0x12, 0x34]);

        var image = ImageEncoder.Encode(png.Encode());

        Assert.Equal([0, 255], ReadBack.Samples(image.SoftMask!, 1));
    }

    [Fact]
    public void Fully_opaque_alpha_channel_is_dropped()
    {
        var png = new TestPng(2, 2, 6, 8, true, [1, 2, 3, 255, 4, 5, 6, 255, 7, 8, 9, 255, 10, 11, 12, 255]);

        var image = ImageEncoder.Encode(png.Encode());

        Assert.Null(image.SoftMask);
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], ReadBack.Samples(image, 3));
    }

    [Fact]
    public void A_larger_photo_like_rgba_image_round_trips()
    {
        // Gradients with noise exercise the output filter choice across many rows.
        const int w = 300, h = 200;
        var random = new Random(5);
        var samples = new int[w * h * 4];
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                var p = (y * w + x) * 4;
                samples[p] = (x + random.Next(8)) & 255;
                samples[p + 1] = (y + random.Next(8)) & 255;
                samples[p + 2] = (x * y) & 255;
                samples[p + 3] = x < 150 ? 255 : (y + x) & 255;
            }
        }

        var png = new TestPng(w, h, 6, 8, false, samples);
        var image = ImageEncoder.Encode(png.Encode());

        var (colors, alpha) = Expected(png);
        AssertClose(colors, ReadBack.Colors(image));
        AssertClose(alpha, ReadBack.Colors(image.SoftMask!));
    }

    internal static TestPng RandomPng(int colorType, int depth, bool interlaced, bool trns, int width, int height, int seed)
    {
        var random = new Random(seed);
        var channels = colorType switch { 0 => 1, 2 => 3, 3 => 1, 4 => 2, _ => 4 };
        var max = (1 << depth) - 1;
        byte[]? palette = null;
        byte[]? transparency = null;
        var limit = max;
        if (colorType == 3)
        {
            var entries = depth == 8 ? 200 : Math.Max(2, max); // fewer entries than the depth could index
            palette = new byte[entries * 3];
            random.NextBytes(palette);
            limit = entries - 1;
            if (trns)
            {
                transparency = new byte[entries / 2 + 1]; // shorter than the palette: the rest are opaque
                random.NextBytes(transparency);
            }
        }

        var samples = new int[width * height * channels];
        for (var i = 0; i < samples.Length; i++)
            samples[i] = random.Next(limit + 1);
        if (trns && colorType is 0 or 2)
        {
            // The key is the first pixel's colour, so at least one pixel is transparent.
            transparency = new byte[2 * channels];
            for (var k = 0; k < channels; k++)
            {
                transparency[2 * k] = (byte)(samples[k] >> 8);
                transparency[2 * k + 1] = (byte)samples[k];
            }
        }

        return new TestPng(width, height, colorType, depth, interlaced, samples, palette, transparency);
    }

    /// <summary>The colours (grey or RGB) and alpha a reader should see, each 0..1.</summary>
    private static (double[] Colors, double[] Alpha) Expected(TestPng png)
    {
        var pixels = png.Width * png.Height;
        var max = (double)((1 << png.BitDepth) - 1);
        var colorCount = png.ColorType is 2 or 3 or 6 ? 3 : 1;
        var colors = new double[pixels * colorCount];
        var alpha = new double[pixels];
        for (var p = 0; p < pixels; p++)
        {
            var s = png.Samples.AsSpan(p * png.Channels, png.Channels);
            alpha[p] = 1;
            switch (png.ColorType)
            {
                case 3:
                    for (var k = 0; k < 3; k++)
                        colors[3 * p + k] = png.Palette![3 * s[0] + k] / 255.0;
                    if (png.Transparency is not null && s[0] < png.Transparency.Length)
                        alpha[p] = png.Transparency[s[0]] / 255.0;
                    break;
                case 0 or 2:
                    var keyed = png.Transparency is not null;
                    for (var k = 0; k < colorCount; k++)
                    {
                        colors[colorCount * p + k] = s[k] / max;
                        keyed &= png.Transparency is not null && (png.Transparency[2 * k] << 8 | png.Transparency[2 * k + 1]) == s[k];
                    }

                    alpha[p] = keyed ? 0 : 1;
                    break;
                default:
                    for (var k = 0; k < colorCount; k++)
                        colors[colorCount * p + k] = s[k] / max;
                    alpha[p] = s[colorCount] / max;
                    break;
            }
        }

        return (colors, alpha);
    }

    private static void AssertClose(double[] expected, double[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            if (Math.Abs(expected[i] - actual[i]) > Tolerance)
                Assert.Fail($"Sample {i}: expected {expected[i] * 255:0.##}/255, got {actual[i] * 255:0.##}/255");
        }
    }
}
