using System.IO.Compression;
using System.Text.RegularExpressions;
using Briefing.Typesetting.Pdf.Images;

namespace Briefing.Typesetting.Tests.Pdf.Images;

/// <summary>
/// Decodes a FlateDecode <see cref="EncodedImage"/> the way a PDF reader would: inflate, undo the PNG
/// predictor named in /DecodeParms, unpack the samples, look up the palette; values scaled to 0..1.
/// </summary>
internal static class ReadBack
{
    /// <summary>Each pixel's colour components (grey: 1, RGB or indexed: 3), each 0..1.</summary>
    public static double[] Colors(EncodedImage image)
    {
        var samples = Samples(image, image.Palette is null ? Components(image.ColorSpace) : 1);
        if (image.Palette is null)
        {
            var max = (1 << image.BitsPerComponent) - 1;
            return samples.Select(s => (double)s / max).ToArray();
        }

        var colors = new double[samples.Length * 3];
        for (var i = 0; i < samples.Length; i++)
        {
            var index = Math.Min(samples[i], image.Palette.Length / 3 - 1); // readers clamp to hival
            for (var k = 0; k < 3; k++)
                colors[3 * i + k] = image.Palette[3 * index + k] / 255.0;
        }

        return colors;
    }

    /// <summary>The raw samples after inflating and un-predicting.</summary>
    public static int[] Samples(EncodedImage image, int components)
    {
        Assert.Equal("FlateDecode", image.Filter);
        var bytes = Inflate(image.Data);
        var bpc = image.BitsPerComponent;
        var rowBytes = (image.Width * components * bpc + 7) / 8;
        if (image.DecodeParms is not null)
        {
            Assert.Equal(15, Parm(image.DecodeParms, "Predictor"));
            Assert.Equal(components, Parm(image.DecodeParms, "Colors"));
            Assert.Equal(bpc, Parm(image.DecodeParms, "BitsPerComponent"));
            Assert.Equal(image.Width, Parm(image.DecodeParms, "Columns"));
            bytes = Unpredict(bytes, rowBytes, Math.Max(1, components * bpc / 8), image.Height);
        }

        Assert.Equal(rowBytes * image.Height, bytes.Length);
        var samples = new int[image.Width * image.Height * components];
        for (var y = 0; y < image.Height; y++)
        {
            for (var i = 0; i < image.Width * components; i++)
            {
                var bit = i * bpc;
                var at = y * rowBytes + bit / 8;
                samples[y * image.Width * components + i] = bpc switch
                {
                    16 => bytes[at] << 8 | bytes[at + 1],
                    8 => bytes[at],
                    _ => bytes[at] >> (8 - bpc - bit % 8) & ((1 << bpc) - 1),
                };
            }
        }

        return samples;
    }

    public static int Components(string colorSpace) => colorSpace switch
    {
        "DeviceGray" => 1,
        "DeviceRGB" => 3,
        _ => 4,
    };

    public static byte[] Inflate(byte[] zlib)
    {
        using var output = new MemoryStream();
        using (var z = new ZLibStream(new MemoryStream(zlib), CompressionMode.Decompress))
            z.CopyTo(output);
        var data = output.ToArray();
        // The Adler-32 trailer must be there and right: PDF's FlateDecode is zlib, not raw deflate.
        uint a = 1, b = 0;
        foreach (var x in data)
        {
            a = (a + x) % 65521;
            b = (b + a) % 65521;
        }

        var trailer = (uint)(zlib[^4] << 24 | zlib[^3] << 16 | zlib[^2] << 8 | zlib[^1]);
        Assert.Equal(b << 16 | a, trailer);
        return data;
    }

    private static int Parm(string dictionary, string key)
    {
        var match = Regex.Match(dictionary, "/" + key + @" (\d+)");
        Assert.True(match.Success, $"{dictionary} lacks /{key}");
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Unpredict(byte[] data, int rowBytes, int stride, int height)
    {
        Assert.Equal((rowBytes + 1) * height, data.Length);
        var output = new byte[rowBytes * height];
        var prior = new byte[rowBytes];
        for (var y = 0; y < height; y++)
        {
            var filter = data[y * (rowBytes + 1)];
            var row = output.AsSpan(y * rowBytes, rowBytes);
            for (var i = 0; i < rowBytes; i++)
            {
                row[i] = (byte)(data[y * (rowBytes + 1) + 1 + i] + TestPng.Predictor(filter, row, prior, i, stride));
            }

            prior = row.ToArray();
        }

        return output;
    }
}
