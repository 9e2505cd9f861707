using BenchmarkDotNet.Attributes;
using Briefing.Loading;

namespace Briefing.Benchmarks;

/// <summary>(a) Reading and validating the summit brief from disk.</summary>
[Config(typeof(ShortConfig))]
public class LoadBenchmarks
{
    private string _path = "";

    /// <summary>Checks once that the brief loads without errors, so the benchmark measures the success path.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _path = RepoPaths.SummitBrief;
        var result = new BriefLoader().Load(_path);
        if (result.Brief is null)
            throw new InvalidOperationException($"The summit brief does not load: {result.Diagnostics.Count} diagnostics.");
    }

    /// <summary>Load + validate the summit brief.</summary>
    [Benchmark]
    public LoadResult LoadSummit() => new BriefLoader().Load(_path);
}
