using System.Diagnostics;
using System.Globalization;
using Briefing.Composition;
using Briefing.Loading;
using Briefing.Rendering;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Fonts;
using Briefing.Typesetting.Pdf;
using Briefing.Typesetting.Text;
using Briefing.Typesetting.Text.LineBreaking;

namespace Briefing.Benchmarks;

/// <summary>
/// A steady loop of one workload, for a sampling profiler (<c>dotnet-trace collect -- Briefing.Benchmarks
/// loop layout 100 20</c>): <c>loop layout|write|breaks|paragraph PAGES COUNT</c>, or <c>loop render ko|en COUNT</c>
/// for the summit brief, or <c>loop stages ko|en COUNT [--types]</c> for the time of compose, layout and write apart (the brief and
/// its frame from <c>BRIEF_BENCH_BRIEF</c> and <c>BRIEF_BENCH_FRAME</c>, see <see cref="RepoPaths.SummitBrief"/>).
/// Prints the time of each run.
/// </summary>
public static class ProfileLoop
{
    /// <summary>Runs the workload <c>args[0]</c> <c>args[2]</c> times on a document of <c>args[1]</c> pages.</summary>
    public static int Run(string[] args)
    {
        var kind = args.Length > 0 ? args[0] : "layout";
        if (kind == "stages")
            return StagesLoop(args.Length > 1 ? args[1] : "ko", args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 100, args.Contains("--types"));
        if (kind == "render")
            return RenderLoop(args.Length > 1 ? args[1] : "ko", args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10);
        var pages = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100;
        var count = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10;
        using var typesetter = new Typesetter(DefaultFonts.Load());
        using var breaker = new LineBreaker();
        var sections = kind is "layout" or "write" ? SampleDocument.SectionsFor(typesetter, pages) : 0;
        var korean = kind is "breaks" or "paragraph" ? SampleText.Korean(1 << 20) : "";
        var spans = new[] { new TextSpan(korean, new TextStyle { FontFamily = "Noto Sans, NanumGothic" }) };
        for (var i = 0; i < count; i++)
        {
            var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var pause = GC.GetTotalPauseDuration();
            var clock = Stopwatch.StartNew();
            var result = kind switch
            {
                "layout" => SampleDocument.Build(typesetter, sections).LayOut().Count,
                "write" => SampleDocument.Build(typesetter, sections).GeneratePdf().Length,
                "breaks" => breaker.FindBreaks(korean, keepAll: true).Count,
                "paragraph" => typesetter.LayOut(spans, new ParagraphStyle(), 483).Lines.Count,
                _ => throw new ArgumentException($"unknown workload {kind}"),
            };
            var elapsed = clock.Elapsed.TotalMilliseconds;
            // The pause and what the last collection promoted tell a costly collection from a slow run.
            var paused = (GC.GetTotalPauseDuration() - pause).TotalMilliseconds;
            var last = GC.GetGCMemoryInfo(GCKind.Any);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{kind} {i}: {elapsed:F1} ms ({result}; GCs gen0 {GC.CollectionCount(0) - gen0}, gen1 {GC.CollectionCount(1) - gen1}, gen2 {GC.CollectionCount(2) - gen2}, paused {paused:F1} ms; last GC gen{last.Generation} promoted {last.PromotedBytes / 1024} KB)"));
        }

        return 0;
    }

    /// <summary>
    /// Times compose, layout and write of the summit brief separately, <paramref name="count"/> times, and
    /// prints each stage's median, minimum and maximum, the bytes each stage allocates on the calling thread, and
    /// the median and mean CPU time (each stage's on the calling thread; the total's in the whole process). With
    /// <paramref name="types"/>, then writes the last layout <paramref name="count"/> more times and prints what the
    /// writer allocates by type (the runtime's allocation samples, about one per 100 KB, on every thread).
    /// </summary>
    private static int StagesLoop(string language, int count, bool types)
    {
        var brief = new BriefLoader().Load(RepoPaths.SummitBrief).Brief ?? throw new InvalidOperationException("The summit brief does not load.");
        var frame = BenchFrame.Chosen;
        using var typesetter = new Typesetter(DefaultFonts.Load());
        var composer = new BriefComposer(typesetter);
        var writer = new PdfDocumentWriter();
        var stages = new[] { "compose", "layout", "write", "total" };
        var times = new double[stages.Length][];
        // CPU time as well as wall time: on a shared machine a stage's wall time includes waiting for a core. The
        // stages' CPU is the calling thread's; the total's is the process's, so it includes what the writer does on
        // the thread pool (font subsets and attachments are compressed there) and the background collector.
        var cpu = new double[stages.Length][];
        var allocations = new long[stages.Length];
        for (var s = 0; s < stages.Length; s++)
        {
            times[s] = new double[count];
            cpu[s] = new double[count];
        }

        var size = 0;
        var gen0 = new int[count];
        var gen2 = new int[count];
        var paused = new double[count];
        for (var i = 0; i < count; i++)
        {
            var (g0, g2, pause) = (GC.CollectionCount(0), GC.CollectionCount(2), GC.GetTotalPauseDuration());
            var p0 = Environment.CpuUsage.TotalTime;
            var c0 = ThreadCpu.Milliseconds();
            var a0 = GC.GetAllocatedBytesForCurrentThread();
            var t0 = Stopwatch.GetTimestamp();
            var document = composer.Compose(brief, language, brief.PaperFor(language), frame);
            var a1 = GC.GetAllocatedBytesForCurrentThread();
            var t1 = Stopwatch.GetTimestamp();
            var c1 = ThreadCpu.Milliseconds();
            var pages = document.LayOut();
            var a2 = GC.GetAllocatedBytesForCurrentThread();
            var t2 = Stopwatch.GetTimestamp();
            var c2 = ThreadCpu.Milliseconds();
            size = writer.Write(pages, document.Metadata).Length;
            var a3 = GC.GetAllocatedBytesForCurrentThread();
            var t3 = Stopwatch.GetTimestamp();
            var c3 = ThreadCpu.Milliseconds();
            var p3 = Environment.CpuUsage.TotalTime;
            (gen0[i], gen2[i]) = (GC.CollectionCount(0) - g0, GC.CollectionCount(2) - g2);
            paused[i] = (GC.GetTotalPauseDuration() - pause).TotalMilliseconds;
            times[0][i] = Stopwatch.GetElapsedTime(t0, t1).TotalMilliseconds;
            times[1][i] = Stopwatch.GetElapsedTime(t1, t2).TotalMilliseconds;
            times[2][i] = Stopwatch.GetElapsedTime(t2, t3).TotalMilliseconds;
            times[3][i] = Stopwatch.GetElapsedTime(t0, t3).TotalMilliseconds;
            cpu[0][i] = c1 - c0;
            cpu[1][i] = c2 - c1;
            cpu[2][i] = c3 - c2;
            cpu[3][i] = (p3 - p0).TotalMilliseconds;
            allocations[0] = a1 - a0;
            allocations[1] = a2 - a1;
            allocations[2] = a3 - a2;
            allocations[3] = a3 - a0;
        }

        // The first tenth of the runs warms the JIT up and is left out of the statistics.
        var skip = count / 10;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"summit brief, {language}, {count - skip} warm runs ({size} bytes; collections: {gen0[skip..].Sum()} of any generation, {gen2[skip..].Sum()} full, paused {paused[skip..].Sum() / (count - skip):F2} ms a run):"));
        for (var s = 0; s < stages.Length; s++)
        {
            var warm = times[s][skip..];
            Array.Sort(warm);
            var warmCpu = cpu[s][skip..];
            Array.Sort(warmCpu);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {stages[s],-8} median {warm[warm.Length / 2],6:F2} ms  min {warm[0],6:F2}  max {warm[^1],6:F2}  allocated {allocations[s] / 1024,5} KB  {(s == 3 ? "process" : "thread")} CPU median {warmCpu[warmCpu.Length / 2],6:F2} ms  mean {warmCpu.Average(),6:F2}"));
        }

        if (types)
            PrintWriterAllocations(writer, composer.Compose(brief, language, brief.PaperFor(language), frame), count);
        return 0;
    }

    private static void PrintWriterAllocations(PdfDocumentWriter writer, Document document, int count)
    {
        var pages = document.LayOut();
        using var sampler = new AllocationSampler();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        sampler.Start();
        for (var i = 0; i < count; i++)
            writer.Write(pages, document.Metadata);
        var samples = sampler.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"write, {count} times: {allocated / 1024 / count} KB a write on all threads; allocation samples by type:"));
        foreach (var (type, samplesOfType, bytes) in samples.Take(15))
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {samplesOfType,5}  {bytes / 1024.0 / count,7:F1} KB a write  {type}"));
    }

    private static int RenderLoop(string language, int count)
    {
        var brief = new BriefLoader().Load(RepoPaths.SummitBrief).Brief ?? throw new InvalidOperationException("The summit brief does not load.");
        var frame = BenchFrame.Chosen;
        using var renderer = new BriefRenderer(DefaultFonts.Load());
        for (var i = 0; i < count; i++)
        {
            var clock = Stopwatch.StartNew();
            var bytes = renderer.Render(brief, language, frame: frame).Length;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"render {language} {i}: {clock.Elapsed.TotalMilliseconds:F1} ms ({bytes} bytes)"));
        }

        return 0;
    }
}
