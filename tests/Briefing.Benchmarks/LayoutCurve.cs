using System.Globalization;
using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fonts;
using Briefing.Typesetting.Text;

namespace Briefing.Benchmarks;

/// <summary>
/// <c>curve [ROUNDS] [PAGES...]</c> (default 15 rounds of 5, 10, 20, 50, 100 and 200 pages): layout alone of the engine
/// sample at several lengths, round-robin, each from a collected heap as in <see cref="LayoutGrowth"/>, with what
/// each length holds (sections, drawn characters) and what it costs per thousand drawn characters (the laying-out
/// thread's CPU time, median and best), what it allocates, and the collections it saw. A layout whose work per
/// character does not depend on the pages before it costs the same per character at every length; the sample's
/// lengths are whole sections, so its pages are not equally full (5 pages hold 4.4 pages of text). Numbers only.
/// </summary>
public static class LayoutCurve
{
    /// <summary>Runs the comparison and prints the table.</summary>
    public static int Run(string[] args)
    {
        var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 15;
        int[] sizes = args.Length > 1 ? [.. args[1..].Select(a => int.Parse(a, CultureInfo.InvariantCulture))] : [5, 10, 20, 50, 100, 200];
        using var typesetter = new Typesetter(DefaultFonts.Load());
        var sections = sizes.Select(p => SampleDocument.SectionsFor(typesetter, p)).ToArray();
        var characters = sections.Select(s => Characters(SampleDocument.Build(typesetter, s).LayOut())).ToArray();
        var cpu = sizes.Select(_ => new double[rounds]).ToArray();
        var allocated = new long[sizes.Length];
        var collections = new int[sizes.Length];
        var paused = new double[sizes.Length];
        for (var round = -2; round < rounds; round++)
        {
            for (var k = 0; k < sizes.Length; k++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                var (gen0, pause, bytes) = (GC.CollectionCount(0), GC.GetTotalPauseDuration(), GC.GetAllocatedBytesForCurrentThread());
                var start = ThreadCpu.Milliseconds();
                var pages = SampleDocument.Build(typesetter, sections[k]).LayOut();
                var spent = ThreadCpu.Milliseconds() - start;
                GC.KeepAlive(pages);
                if (round < 0)
                    continue; // warm-up
                cpu[k][round] = spent;
                allocated[k] = GC.GetAllocatedBytesForCurrentThread() - bytes;
                collections[k] += GC.CollectionCount(0) - gen0;
                paused[k] += (GC.GetTotalPauseDuration() - pause).TotalMilliseconds;
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"layout alone, {rounds} rounds, thread CPU"));
        Console.WriteLine(" pages  sections  characters   median ms   best ms   ms per 1000 chars (median, best)   allocated   gen0 per layout, paused");
        for (var k = 0; k < sizes.Length; k++)
        {
            Array.Sort(cpu[k]);
            double median = cpu[k][rounds / 2], best = cpu[k][0];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{sizes[k],6}  {sections[k],8}  {characters[k],10}  {median,10:F2}  {best,8:F2}   {1000 * median / characters[k],8:F3}  {1000 * best / characters[k],8:F3}              {allocated[k] / 1048576.0,6:F2} MB   {(double)collections[k] / rounds:F2}, {paused[k] / rounds:F2} ms"));
        }

        return 0;
    }

    private static int Characters(IReadOnlyList<PageRecording> pages)
    {
        var count = 0;
        foreach (var page in pages)
        {
            foreach (var command in page.Commands)
            {
                if (command is DrawCommand.Text text)
                    count += text.Run.Text.Length;
            }
        }

        return count;
    }
}
