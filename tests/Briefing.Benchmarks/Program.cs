using System.Runtime.CompilerServices;
using BenchmarkDotNet.Running;

namespace Briefing.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- --filter '*'</c> runs the BenchmarkDotNet suite (any BenchmarkDotNet
/// arguments work); <c>startup ...</c> times one cold render stage by stage (see <see cref="StartupProbe"/>);
/// <c>loop ...</c> repeats one workload for a profiler (see <see cref="ProfileLoop"/>); <c>watch ...</c> times
/// save-to-PDF with <c>brief watch</c> (see <see cref="WatchLatency"/>); <c>growth ...</c> compares layout of 5 and
/// 100 pages (see <see cref="LayoutGrowth"/>), <c>curve ...</c> at several lengths per character (see <see cref="LayoutCurve"/>); <c>hash ...</c> times the PDF writer's hashes (see <see cref="HashSpeed"/>); <c>deflate ...</c> its zlib streams (see <see cref="DeflateSpeed"/>); <c>drift ...</c> the translation drift check (see <see cref="DriftLoop"/>).
/// </summary>
public static class Program
{
    /// <summary>Runs the suite, the start-up probe or a profiling loop.</summary>
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "startup")
            return StartupProbe.Run(args[1..]);
        if (args.Length > 0 && args[0] == "subset")
            return SubsetComparison.Run(args[1..]);
        if (args.Length > 0 && args[0] == "loop")
            return ProfileLoop.Run(args[1..]);
        if (args.Length > 0 && args[0] == "hash")
            return HashSpeed.Run(args[1..]);
        if (args.Length > 0 && args[0] == "deflate")
            return DeflateSpeed.Run(args[1..]);
        if (args.Length > 0 && args[0] == "growth")
            return LayoutGrowth.Run(args[1..]);
        if (args.Length > 0 && args[0] == "curve")
            return LayoutCurve.Run(args[1..]);
        if (args.Length > 0 && args[0] == "retained")
            return RetainedProbe.Run(args[1..]);
        if (args.Length > 0 && args[0] == "drift")
            return DriftLoop.Run(args[1..]);
        if (args.Length > 0 && args[0] == "watch")
            return WatchLatency.Run(args[1..]);
        RunSuite(args);
        return 0;
    }

    // Kept out of Main so the start-up probe never loads BenchmarkDotNet.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RunSuite(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
