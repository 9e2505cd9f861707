using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using Briefing.Typesetting.Pdf.Syntax;

namespace Briefing.Benchmarks;

/// <summary>
/// <c>deflate [FILE...] [--count N]</c>: for each file (by default the summit brief and two of its fonts), the first
/// and the median time of N compressions at level 6 with a new .NET <c>ZLibStream</c> each (the writer before issue
/// 19's fifth pass) and with one reused <see cref="Deflater"/> (libdeflate, the writer now), and the sizes. The first
/// call includes each library's set-up in this process; a native render's cold cost (fresh pages for zlib-ng's state
/// per stream) is measured with the native binary in docs/performance.md. Prints numbers only.
/// </summary>
public static class DeflateSpeed
{
    /// <summary>Times both compressors on each file and prints the times and sizes.</summary>
    public static int Run(string[] args)
    {
        var count = 50;
        var files = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--count")
                count = int.Parse(args[++i], CultureInfo.InvariantCulture);
            else
                files.Add(args[i]);
        }
        if (files.Count == 0)
            files.AddRange([RepoPaths.SummitBrief, "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf", "/usr/share/fonts/truetype/nanum/NanumGothic.ttf"]);

        using var deflater = new Deflater();
        foreach (var file in files)
        {
            var data = File.ReadAllBytes(file);
            var (zlibFirst, zlibMedian, zlibSize) = Time(count, () => ViaZLibStream(data));
            var (first, median, size) = Time(count, () => deflater.Compress(data));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Path.GetFileName(file),-40} {data.Length,9} B  ZLibStream first {zlibFirst,7:F3} median {zlibMedian,7:F3} ms {zlibSize,9} B  Deflater first {first,7:F3} median {median,7:F3} ms {size,9} B"));
        }
        return 0;
    }

    private static byte[] ViaZLibStream(byte[] data)
    {
        using var output = new MemoryStream(data.Length / 2 + 64);
        using (var zlib = new ZLibStream(output, new ZLibCompressionOptions { CompressionLevel = Deflater.Level }, leaveOpen: true))
            zlib.Write(data);
        return output.ToArray();
    }

    private static (double First, double Median, int Size) Time(int count, Func<byte[]> compress)
    {
        var times = new double[count];
        var size = 0;
        for (var i = 0; i < count; i++)
        {
            var clock = Stopwatch.StartNew();
            size = compress().Length;
            times[i] = clock.Elapsed.TotalMilliseconds;
        }
        var first = times[0];
        Array.Sort(times);
        return (first, times[count / 2], size);
    }
}
