using System.Diagnostics;
using System.Globalization;
using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fonts;
using Briefing.Typesetting.Text;

namespace Briefing.Benchmarks;

/// <summary>
/// <c>growth [ROUNDS] [SMALL] [LARGE]</c>: how layout alone (element tree built and laid out into page
/// recordings, no PDF) grows with the page count: issue 19's target is at most 20 times the time of 5 pages for
/// 100. Lays out the engine sample at SMALL (5) and LARGE (100) pages, interleaved round by round so that the
/// machine's load hits both alike, and prints the median and the best time of each with the ratio LARGE / SMALL,
/// and the garbage collections the large layouts saw; the same for the thread's CPU time (the collector runs on
/// the laying-out thread, its background GC being off as in the CLI), which another process's load on the machine
/// moves much less than the wall time, and the minor page faults of the laying-out thread (on this project's
/// virtual machine a first touch of a page of memory costs 15-40 µs, so a layout that grows the heap into memory the
/// collector gave back is slower by that, whatever the engine does). Numbers only: nothing here passes or fails. BenchmarkDotNet's
/// EngineBenchmarks.LayOut gives the same two sizes with its statistics, but not their ratio.
/// </summary>
/// <remarks>
/// <para>
/// Each length is laid out as two samples, and both ratios are printed. "Whole sections" is the sample this
/// benchmark used until issue 19's fourth pass (<see cref="SampleDocument.SectionsFor"/>: the fewest whole sections
/// that make the pages). Its page count misstates its text: 6 sections make 5 pages whose last holds two thirds of
/// a page's text and whose first four are lighter than the mean page (4.48 pages of text by the body characters of
/// a mean page), while 134 sections make 100 pages (99.71 pages of text), so the 100-page layout draws 22.2 times
/// the characters of the 5-page one and a layout that costs exactly the same per character shows 22.2, not 20. "Full pages"
/// (<see cref="SampleDocument.FullPages"/>: the most blocks that make the pages) fills every page, the last
/// included, to within one block, so its ratio compares 20 times the text, which is what the issue asks.
/// </para>
/// <para>
/// Each sample's drawn characters are printed with it (all text commands, header and footer included), and each
/// ratio also as "per 20× text": the time ratio times 20 over the ratio of the characters, the ratio a layout of
/// exactly 20 times the 5-page text would show at the measured cost per character. A sample's pages are
/// not all alike (a page of table rows holds fewer characters than a page of prose), so neither sample's
/// characters are exactly 20 times the other's.
/// </para>
/// </remarks>
public static class LayoutGrowth
{
    /// <summary>Runs the comparison and prints the table.</summary>
    public static int Run(string[] args)
    {
        int rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 30;
        int small = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        int large = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 100;
        using var typesetter = new Typesetter(DefaultFonts.Load());
        var samples = new[]
        {
            Sample.Of("whole sections", typesetter, small, SampleDocument.SectionsFor(typesetter, small) * SampleDocument.BlocksPerSection),
            Sample.Of("whole sections", typesetter, large, SampleDocument.SectionsFor(typesetter, large) * SampleDocument.BlocksPerSection),
            Sample.Of("full pages", typesetter, small, SampleDocument.FullPages(typesetter, small)),
            Sample.Of("full pages", typesetter, large, SampleDocument.FullPages(typesetter, large)),
        };

        // Each layout starts from a collected heap, as in a process that renders one document: what is
        // timed is the layout and the collections it causes itself, not the debt of the runs before it
        // (100 pages leave about 10 MB of recordings that the next run's collections would trace).
        void Time(Sample sample, int round)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var (g0, g1, g2, p) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
            var faults = ThreadCpu.MinorFaults();
            var cpuStart = ThreadCpu.Milliseconds();
            var clock = Stopwatch.StartNew();
            var pages = SampleDocument.BuildBlocks(typesetter, sample.Blocks).LayOut();
            var elapsed = clock.Elapsed.TotalMilliseconds;
            var cpu = ThreadCpu.Milliseconds() - cpuStart;
            faults = ThreadCpu.MinorFaults() - faults;
            GC.KeepAlive(pages);
            if (round < 0)
                return; // warm-up
            sample.Wall[round] = elapsed;
            sample.Cpu[round] = cpu;
            sample.Gen0 += GC.CollectionCount(0) - g0;
            sample.Gen1 += GC.CollectionCount(1) - g1;
            sample.Gen2 += GC.CollectionCount(2) - g2;
            sample.Paused += (GC.GetTotalPauseDuration() - p).TotalMilliseconds;
            sample.Faults += faults;
        }

        // A page of text: the mean body characters of a page of the large full-pages sample, its last page left out.
        var page = samples[3].PageMean;
        foreach (var sample in samples)
            sample.Prepare(rounds);
        for (int round = -3; round < rounds; round++)
        {
            foreach (var sample in samples)
                Time(sample, round);
        }

        foreach (var sample in samples)
            sample.Sort();

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"layout alone, {rounds} interleaved rounds (GC: {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}, concurrent {AppContext.TryGetSwitch("System.GC.Concurrent", out var concurrent) && concurrent})"));
        Console.WriteLine("sample          pages  blocks  characters  last page's body characters / its pages' mean  pages of text (body characters / a full page's)");
        foreach (var sample in samples)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{sample.Name,-15} {sample.Pages,5}  {sample.Blocks,6}  {sample.Characters,10}  {sample.LastPageShare,45:F2}  {sample.BodyCharacters / page,13:F2}"));
        }

        for (var k = 0; k < samples.Length; k += 2)
        {
            var (s, l) = (samples[k], samples[k + 1]);
            var text = (double)l.Characters / s.Characters;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{s.Name}{(k == 0 ? " (the samples until issue 19's fourth pass)" : "")}: {l.Pages} pages hold {text:F1}x the characters of {s.Pages}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {s.Pages,4} pages: median {s.WallMedian:F2} ms, best {s.Wall[0]:F2} ms; per layout {(double)s.Faults / rounds:F0} minor page faults"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {l.Pages,4} pages: median {l.WallMedian:F2} ms, best {l.Wall[0]:F2} ms; per layout {(double)l.Gen0 / rounds:F1} gen0, {(double)l.Gen1 / rounds:F1} gen1, {(double)l.Gen2 / rounds:F1} gen2 collections, {l.Paused / rounds:F2} ms paused, {(double)l.Faults / rounds:F0} minor page faults"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ratio {l.Pages}/{s.Pages}: median {l.WallMedian / s.WallMedian:F1}x, best {l.Wall[0] / s.Wall[0]:F1}x; per 20x text: median {20 / text * l.WallMedian / s.WallMedian:F1}x, best {20 / text * l.Wall[0] / s.Wall[0]:F1}x"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  thread CPU: {s.Pages} pages median {s.CpuMedian:F2} ms, best {s.Cpu[0]:F2} ms; {l.Pages} pages median {l.CpuMedian:F2} ms, best {l.Cpu[0]:F2} ms; ratio median {l.CpuMedian / s.CpuMedian:F1}x, best {l.Cpu[0] / s.Cpu[0]:F1}x; per 20x text: median {20 / text * l.CpuMedian / s.CpuMedian:F1}x, best {20 / text * l.Cpu[0] / s.Cpu[0]:F1}x"));
        }

        return 0;
    }

    /// <summary>One sample length, what it holds, and its times.</summary>
    private sealed class Sample
    {
        private Sample(string name, int pages, int blocks, int characters, int[] body)
        {
            (Name, Pages, Blocks, Characters, BodyCharacters) = (name, pages, blocks, characters, body.Sum());
            PageMean = body.Length > 1 ? body[..^1].Average() : body[0];
            LastPageShare = body[^1] / PageMean;
        }

        public string Name { get; }

        public int Pages { get; }

        public int Blocks { get; }

        /// <summary>The characters of every text command (header and footer included).</summary>
        public int Characters { get; }

        /// <summary>The last page's body characters over the mean of the other pages' (header and footer left out).</summary>
        public double LastPageShare { get; }

        /// <summary>The characters of the body's text commands (header and footer left out).</summary>
        public int BodyCharacters { get; }

        /// <summary>The mean body characters of a page, the last page left out.</summary>
        public double PageMean { get; }

        public double[] Wall { get; private set; } = [];

        public double[] Cpu { get; private set; } = [];

        public int Gen0 { get; set; }

        public int Gen1 { get; set; }

        public int Gen2 { get; set; }

        public double Paused { get; set; }

        /// <summary>The minor page faults of all rounds (see <see cref="ThreadCpu.MinorFaults"/>).</summary>
        public long Faults { get; set; }

        public double WallMedian => Wall[Wall.Length / 2];

        public double CpuMedian => Cpu[Cpu.Length / 2];

        public static Sample Of(string name, Typesetter typesetter, int pages, int blocks)
        {
            var recordings = SampleDocument.BuildBlocks(typesetter, blocks).LayOut();
            var all = 0;
            var body = new int[recordings.Count];
            for (var i = 0; i < recordings.Count; i++)
            {
                var artifact = 0;
                foreach (var command in recordings[i].Commands)
                {
                    switch (command)
                    {
                        case DrawCommand.BeginArtifact:
                            artifact++;
                            break;
                        case DrawCommand.EndArtifact:
                            artifact--;
                            break;
                        case DrawCommand.Text text:
                            all += text.Run.Text.Length;
                            if (artifact == 0)
                                body[i] += text.Run.Text.Length;
                            break;
                    }
                }
            }

            return new Sample(name, recordings.Count, blocks, all, body);
        }

        /// <summary>Makes room for the times of <paramref name="rounds"/> rounds.</summary>
        public void Prepare(int rounds) => (Wall, Cpu) = (new double[rounds], new double[rounds]);

        /// <summary>Sorts the times, for the median and the best.</summary>
        public void Sort()
        {
            Array.Sort(Wall);
            Array.Sort(Cpu);
        }
    }
}
