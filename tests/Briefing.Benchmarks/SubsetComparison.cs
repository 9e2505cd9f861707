using System.Diagnostics;
using System.Globalization;
using Briefing.Typesetting.Fonts;
using Briefing.Typesetting.Fonts.Subsetting;
using Briefing.Typesetting.Pdf.Syntax;

namespace Briefing.Benchmarks;

/// <summary>
/// <c>subset [runs]</c>: our own TrueType subsetter against HarfBuzz's (hb-subset through P/Invoke) on the
/// glyphs of the summit brief's Korean text in NanumGothic and its English text in Noto Sans: median time
/// per subset and the compressed size a PDF would embed.
/// </summary>
public static class SubsetComparison
{
    /// <summary>Runs the comparison and prints one line per font and subsetter.</summary>
    public static int Run(string[] args)
    {
        var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
        var text = File.ReadAllText(RepoPaths.SummitBrief);
        foreach (var file in new[] { "/usr/share/fonts/truetype/nanum/NanumGothic.ttf", "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf" })
        {
            var face = TrueTypeFace.Open(file);
            var glyphs = text.EnumerateRunes().Select(r => face.GlyphId(r.Value)).Where(g => g != 0).Distinct().ToArray();
            var program = face.Program;
            var own = Time(runs, () => program.Subset(glyphs).Data);
            var harfBuzz = Time(runs, () => HarfBuzzSubsetter.Subset(face.Shaper.Face.Handle, glyphs, [], null, file).Data);
            Print(file, glyphs.Length, "own", own);
            Print(file, glyphs.Length, "hb-subset", harfBuzz);
        }
        return 0;
    }

    private static (double Median, int Size, int Compressed) Time(int runs, Func<byte[]> subset)
    {
        var data = subset(); // the first call reads the outlines
        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            data = subset();
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        Array.Sort(times);
        return (times[runs / 2], data.Length, CompressedLength(data));
    }

    private static int CompressedLength(byte[] data)
    {
        using var deflater = new Deflater();
        return deflater.Compress(data).Length;
    }

    private static void Print(string file, int glyphs, string name, (double Median, int Size, int Compressed) r) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Path.GetFileName(file),-24} {glyphs,4} glyphs  {name,-10} median {r.Median,7:F3} ms  {r.Size,7} bytes  {r.Compressed,7} compressed"));
}
