using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Briefing.Benchmarks;

/// <summary>
/// Few iterations, in process: the whole suite runs in under three minutes on two shared cores.
/// In process because BenchmarkDotNet's generated project would inherit the repository's build rules
/// (warnings as errors) and its build alone costs about a minute here.
/// </summary>
public sealed class ShortConfig : ManualConfig
{
    /// <summary>One launch, 2 warm-up and 7 measured iterations, with allocations and min/max/median columns.</summary>
    public ShortConfig()
    {
        AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(2)
            .WithIterationCount(7)
            .WithId("Short"));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.Median, StatisticColumn.Min, StatisticColumn.Max);
        WithOptions(ConfigOptions.DisableOptimizationsValidator);
    }
}
