using System.Diagnostics;
using System.Globalization;
using Briefing.Typesetting.Fonts;
using Briefing.Typesetting.Text;

namespace Briefing.Benchmarks;

/// <summary>
/// <c>growth [ROUNDS] [SMALL] [LARGE]</c>: how layout alone (element tree built and laid out into page
/// recordings, no PDF) grows with the page count. Lays out the engine sample at SMALL (5) and LARGE (100) pages,
/// interleaved round by round so that the machine's load hits both alike, and prints the median and the best
/// time of each with the ratio LARGE / SMALL (issue 19's target: at most 20 for 100 against 5 pages), and the
/// garbage collections the large layouts saw; the same for the thread's CPU time (the collector runs on the
/// laying-out thread, its background GC being off as in the CLI), which another process's load on the machine
/// moves much less than the wall time. Numbers only: nothing here passes or fails. BenchmarkDotNet's
/// EngineBenchmarks.LayOut gives the same two sizes with its statistics, but not their ratio.
/// </summary>
public static class LayoutGrowth
{
    /// <summary>Runs the comparison and prints the table.</summary>
    public static int Run(string[] args)
    {
        int rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 30;
        int small = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        int large = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 100;
        using var typesetter = new Typesetter(DefaultFonts.Load());
        var smallSections = SampleDocument.SectionsFor(typesetter, small);
        var largeSections = SampleDocument.SectionsFor(typesetter, large);

        // Each layout starts from a collected heap, as in a process that renders one document: what is
        // timed is the layout and the collections it causes itself, not the debt of the runs before it
        // (100 pages leave about 30 MB of recordings that the next run's collections would trace).
        int gen0 = 0, gen1 = 0, gen2 = 0;
        var pause = TimeSpan.Zero;
        double cpu = 0;
        double Time(int sections, bool count)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var (g0, g1, g2, p) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
            var cpuStart = ThreadCpu.Milliseconds();
            var clock = Stopwatch.StartNew();
            var pages = SampleDocument.Build(typesetter, sections).LayOut();
            var elapsed = clock.Elapsed.TotalMilliseconds;
            cpu = ThreadCpu.Milliseconds() - cpuStart;
            if (count)
            {
                gen0 += GC.CollectionCount(0) - g0;
                gen1 += GC.CollectionCount(1) - g1;
                gen2 += GC.CollectionCount(2) - g2;
                pause += GC.GetTotalPauseDuration() - p;
            }
            GC.KeepAlive(pages);
            return elapsed;
        }

        for (int i = 0; i < 3; i++)
        {
            Time(smallSections, count: false);
            Time(largeSections, count: false);
        }

        var smallTimes = new double[rounds];
        var largeTimes = new double[rounds];
        var smallCpu = new double[rounds];
        var largeCpu = new double[rounds];
        for (int i = 0; i < rounds; i++)
        {
            smallTimes[i] = Time(smallSections, count: false);
            smallCpu[i] = cpu;
            largeTimes[i] = Time(largeSections, count: true);
            largeCpu[i] = cpu;
        }

        Array.Sort(smallTimes);
        Array.Sort(largeTimes);
        Array.Sort(smallCpu);
        Array.Sort(largeCpu);
        double smallMedian = smallTimes[rounds / 2], largeMedian = largeTimes[rounds / 2];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"layout alone, {rounds} interleaved rounds (GC: {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}, concurrent {AppContext.TryGetSwitch("System.GC.Concurrent", out var concurrent) && concurrent})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{small,4} pages: median {smallMedian:F2} ms, best {smallTimes[0]:F2} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{large,4} pages: median {largeMedian:F2} ms, best {largeTimes[0]:F2} ms; per large layout {(double)gen0 / rounds:F1} gen0, {(double)gen1 / rounds:F1} gen1, {(double)gen2 / rounds:F1} gen2 collections, {pause.TotalMilliseconds / rounds:F2} ms paused"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio {large}/{small}: median {largeMedian / smallMedian:F1}x, best {largeTimes[0] / smallTimes[0]:F1}x"));
        double smallCpuMedian = smallCpu[rounds / 2], largeCpuMedian = largeCpu[rounds / 2];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"thread CPU: {small} pages median {smallCpuMedian:F2} ms, best {smallCpu[0]:F2} ms; {large} pages median {largeCpuMedian:F2} ms, best {largeCpu[0]:F2} ms; ratio median {largeCpuMedian / smallCpuMedian:F1}x, best {largeCpu[0] / smallCpu[0]:F1}x"));
        return 0;
    }
}
