using System.Diagnostics;
using System.Globalization;
using System.Text;
using Briefing.Testing;

namespace Briefing.Tests.Outside;

/// <summary>One page drawn in shades of grey (0 black to 255 white), row by row.</summary>
internal sealed record GrayPage(int Width, int Height, byte[] Pixels)
{
    /// <summary>Reads a binary PGM (P5, 8 bits), as every reader here writes one (comments allowed in the header).</summary>
    public static GrayPage ReadPgm(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var at = 0;
        string Token()
        {
            while (true)
            {
                while (char.IsWhiteSpace((char)bytes[at]))
                    at++;
                if (bytes[at] != '#')
                    break;
                while (bytes[at] != '\n')
                    at++;
            }
            var start = at;
            while (!char.IsWhiteSpace((char)bytes[at]))
                at++;
            return Encoding.ASCII.GetString(bytes, start, at - start);
        }
        if (Token() != "P5")
            throw new InvalidDataException(path + " is no binary PGM");
        var width = int.Parse(Token(), CultureInfo.InvariantCulture);
        var height = int.Parse(Token(), CultureInfo.InvariantCulture);
        if (Token() != "255")
            throw new InvalidDataException(path + " is not 8-bit");
        at++; // the one whitespace after the header
        return new GrayPage(width, height, bytes.AsSpan(at, width * height).ToArray());
    }

    /// <summary>Each pixel the mean of the (2r+1)² around it: anti-aliasing and half-pixel shifts, which readers differ in, wash out.</summary>
    public double[] Blurred(int radius)
    {
        // A summed-area table, then each window in four lookups.
        var w = Width + 1;
        var sums = new double[w * (Height + 1)];
        for (var y = 0; y < Height; y++)
        {
            double row = 0;
            for (var x = 0; x < Width; x++)
            {
                row += Pixels[y * Width + x];
                sums[(y + 1) * w + x + 1] = sums[y * w + x + 1] + row;
            }
        }
        var result = new double[Width * Height];
        for (var y = 0; y < Height; y++)
        {
            int y0 = Math.Max(0, y - radius), y1 = Math.Min(Height, y + radius + 1);
            for (var x = 0; x < Width; x++)
            {
                int x0 = Math.Max(0, x - radius), x1 = Math.Min(Width, x + radius + 1);
                var sum = sums[y1 * w + x1] - sums[y0 * w + x1] - sums[y1 * w + x0] + sums[y0 * w + x0];
                result[y * Width + x] = sum / ((y1 - y0) * (x1 - x0));
            }
        }
        return result;
    }

    /// <summary>
    /// The share of pixels (over the area both pages cover) whose blurred grey differs by more than
    /// <paramref name="threshold"/> of 255 from every blurred grey of the other page within a pixel of it: a
    /// glyph missing or moved by a letter's width counts; an edge smoothed otherwise, or a hairline rule one
    /// reader snaps to the next pixel row, does not.
    /// </summary>
    public static double Difference(GrayPage a, GrayPage b, int radius = 1, double threshold = 64, int reach = 1)
    {
        var (ba, bb) = (a.Blurred(radius), b.Blurred(radius));
        var width = Math.Min(a.Width, b.Width);
        var height = Math.Min(a.Height, b.Height);
        var differing = 0;
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var nearest = double.MaxValue;
                for (var dy = Math.Max(0, y - reach); dy <= Math.Min(height - 1, y + reach); dy++)
                {
                    for (var dx = Math.Max(0, x - reach); dx <= Math.Min(width - 1, x + reach); dx++)
                        nearest = Math.Min(nearest, Math.Abs(ba[y * a.Width + x] - bb[dy * b.Width + dx]));
                }
                if (nearest > threshold)
                    differing++;
            }
        }
        return (double)differing / (width * height);
    }
}

/// <summary>
/// Draws a PDF's pages with four readers nobody here wrote: poppler (pdftoppm), MuPDF (mutool draw),
/// Ghostscript and pdf.js (pdfjs-dist in node, the engine of Firefox and many web viewers). .ci/setup installs
/// all four; pdf.js goes to a cache folder outside git (<c>$BRIEF_READERS_CACHE</c>, by default
/// <c>~/.cache/brief-readers</c>).
/// </summary>
internal static class FourReaders
{
    /// <summary>The readers, by the name the comparison reports.</summary>
    public static readonly string[] Names = ["poppler", "mupdf", "ghostscript", "pdf.js"];

    /// <summary>Where .ci/setup installs pdfjs-dist (with the @napi-rs/canvas it depends on).</summary>
    public static string NodeModules =>
        Path.Combine(Environment.GetEnvironmentVariable("BRIEF_READERS_CACHE") is { Length: > 0 } cache
            ? cache
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "brief-readers"), "node_modules");

    /// <summary>Every page of <paramref name="pdf"/> drawn by each reader at <paramref name="dpi"/>, by reader name.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<GrayPage>> Draw(byte[] pdf, int dpi)
    {
        Assert.True(File.Exists(Path.Combine(NodeModules, "pdfjs-dist", "package.json")), $"pdfjs-dist is missing from {NodeModules}: run .ci/setup");
        var folder = Path.Combine(Path.GetTempPath(), $"briefing-readers-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var file = Path.Combine(folder, "in.pdf");
            File.WriteAllBytes(file, pdf);
            var d = dpi.ToString(CultureInfo.InvariantCulture);
            Run("pdftoppm", "-r", d, "-gray", file, Path.Combine(folder, "poppler"));
            Run("mutool", "draw", "-q", "-r", d, "-c", "gray", "-o", Path.Combine(folder, "mupdf-%d.pgm"), file);
            Run("gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pgmraw", "-r" + d, "-dTextAlphaBits=4", "-dGraphicsAlphaBits=4",
                "-sOutputFile=" + Path.Combine(folder, "ghostscript-%d.pgm"), file);
            Run("node", RepositoryRoot.Combine("tests", "Briefing.Tests", "Outside", "Readers", "pdfjs-draw.mjs"), NodeModules, file, Path.Combine(folder, "pdf.js"), d);
            return Names.ToDictionary(name => name, name => Pages(folder, name), StringComparer.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // pdftoppm pads page numbers to the width of the last one (-01, -02 … -12); the others do not.
    private static IReadOnlyList<GrayPage> Pages(string folder, string reader) =>
        Directory.GetFiles(folder, reader + "-*.pgm")
            .Select(path => (Number: int.Parse(Path.GetFileNameWithoutExtension(path)[(reader.Length + 1)..], CultureInfo.InvariantCulture), Path: path))
            .OrderBy(p => p.Number)
            .Select(p => GrayPage.ReadPgm(p.Path))
            .ToList();

    private static void Run(string tool, params string[] arguments)
    {
        var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
            info.ArgumentList.Add(argument);
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {tool}.");
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} failed ({process.ExitCode}): {error.Result}");
    }
}
