using System.Diagnostics;
using System.Globalization;
using Briefing.Loading;

namespace Briefing.Benchmarks;

/// <summary>
/// The translation drift check of the summit brief (or <c>BRIEF_BENCH_BRIEF</c>), as <c>brief render</c> runs it
/// beside the render: <c>drift COUNT</c>. Prints the first call (cold: in a fresh process, as a render runs it
/// once) and then the median of <c>COUNT</c> more: the calling thread's CPU time, its allocated bytes and its
/// minor page faults, and the warnings found (which must not change with the code). With <c>--types</c>, then runs
/// it <c>COUNT</c> more times and prints what it allocates by type (the runtime's allocation samples).
/// </summary>
public static class DriftLoop
{
    /// <summary>Runs the check once cold and <c>args[0]</c> times warm.</summary>
    public static int Run(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
        var loaded = new BriefLoader { DeferTranslationDrift = true }.Load(RepoPaths.SummitBrief);
        var drift = loaded.TranslationDrift ?? throw new InvalidOperationException("The brief has errors: no drift check to run.");
        var (cpu, bytes, faults, warnings) = Measure(drift);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"drift cold: {cpu:F3} ms CPU, {bytes / 1024.0:F1} KB allocated, {faults} page faults, {warnings} warnings"));
        var cpus = new double[count];
        var allocated = new long[count];
        for (var i = 0; i < count; i++)
        {
            (cpus[i], allocated[i], _, _) = Measure(drift);
        }

        Array.Sort(cpus);
        Array.Sort(allocated);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"drift warm x{count}: median {cpus[count / 2]:F3} ms CPU (min {cpus[0]:F3}), {allocated[count / 2] / 1024.0:F1} KB allocated"));
        if (args.Contains("--types"))
        {
            using var sampler = new AllocationSampler();
            sampler.Start();
            for (var i = 0; i < count; i++)
            {
                drift();
            }

            foreach (var (type, samples, sampled) in sampler.Stop().Take(15))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {samples,5}  {sampled / 1024.0 / count,7:F1} KB a check  {type}"));
            }
        }

        return 0;
    }

    private static (double Cpu, long Bytes, long Faults, int Warnings) Measure(Func<IReadOnlyList<Diagnostics.Diagnostic>> drift)
    {
        var f0 = ThreadCpu.MinorFaults();
        var a0 = GC.GetAllocatedBytesForCurrentThread();
        var c0 = ThreadCpu.Milliseconds();
        var warnings = drift().Count;
        var c1 = ThreadCpu.Milliseconds();
        var a1 = GC.GetAllocatedBytesForCurrentThread();
        var f1 = ThreadCpu.MinorFaults();
        return (c1 - c0, a1 - a0, f1 - f0, warnings);
    }
}
