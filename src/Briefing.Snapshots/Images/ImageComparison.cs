namespace Briefing.Snapshots.Images;

/// <summary>Compares rendered pages pixel by pixel, with a per-channel tolerance for anti-aliasing noise.</summary>
public static class ImageComparison
{
    /// <summary>Compares two PNGs; a pixel differs when any channel differs by more than <paramref name="channelTolerance"/>.</summary>
    public static ImageDifference Compare(byte[] expectedPng, byte[] actualPng, int channelTolerance)
    {
        ArgumentNullException.ThrowIfNull(expectedPng);
        ArgumentNullException.ThrowIfNull(actualPng);
        return Compare(PngCodec.Decode(expectedPng), PngCodec.Decode(actualPng), channelTolerance);
    }

    /// <summary>Compares two decoded images; see <see cref="Compare(byte[], byte[], int)"/>.</summary>
    public static ImageDifference Compare(RgbImage expected, RgbImage actual, int channelTolerance)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentOutOfRangeException.ThrowIfNegative(channelTolerance);

        var width = Math.Max(expected.Width, actual.Width);
        var height = Math.Max(expected.Height, actual.Height);
        var sizesDiffer = expected.Width != actual.Width || expected.Height != actual.Height;
        var mask = new byte[width * height * 3];
        var differing = 0;
        var largest = sizesDiffer ? 255 : 0;
        int minX = int.MaxValue, minY = int.MaxValue, maxX = -1, maxY = -1;
        var e = expected.Pixels;
        var a = actual.Pixels;
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var m = (y * width + x) * 3;
                var inExpected = x < expected.Width && y < expected.Height;
                var inActual = x < actual.Width && y < actual.Height;
                if (!inExpected || !inActual)
                {
                    differing++;
                    MarkRed(mask, m);
                    Extend(x, y, ref minX, ref minY, ref maxX, ref maxY);
                    continue;
                }

                var pe = (y * expected.Width + x) * 3;
                var pa = (y * actual.Width + x) * 3;
                var dr = Math.Abs(e[pe] - a[pa]);
                var dg = Math.Abs(e[pe + 1] - a[pa + 1]);
                var db = Math.Abs(e[pe + 2] - a[pa + 2]);
                var d = Math.Max(dr, Math.Max(dg, db));
                if (d > largest)
                {
                    largest = d;
                }

                if (d > channelTolerance)
                {
                    differing++;
                    MarkRed(mask, m);
                    Extend(x, y, ref minX, ref minY, ref maxX, ref maxY);
                }
                else
                {
                    // Faded to a quarter of its contrast so the red marks stand out over the page.
                    mask[m] = Fade(a[pa]);
                    mask[m + 1] = Fade(a[pa + 1]);
                    mask[m + 2] = Fade(a[pa + 2]);
                }
            }
        }

        var maskPng = PngCodec.Encode(new RgbImage(width, height, mask));
        PixelRegion? region = differing == 0 ? null : new PixelRegion(minX, minY, maxX - minX + 1, maxY - minY + 1);
        return new ImageDifference(differing, largest, sizesDiffer, maskPng, region);
    }

    private static void Extend(int x, int y, ref int minX, ref int minY, ref int maxX, ref int maxY)
    {
        minX = Math.Min(minX, x);
        minY = Math.Min(minY, y);
        maxX = Math.Max(maxX, x);
        maxY = Math.Max(maxY, y);
    }

    private static void MarkRed(byte[] mask, int offset)
    {
        mask[offset] = 255;
        mask[offset + 1] = 0;
        mask[offset + 2] = 0;
    }

    private static byte Fade(byte value) => (byte)(255 - (255 - value) / 4);
}
