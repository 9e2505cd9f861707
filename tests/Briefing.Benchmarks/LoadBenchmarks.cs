using BenchmarkDotNet.Attributes;
using Briefing.Loading;

namespace Briefing.Benchmarks;

/// <summary>(a) Reading and validating the summit brief from disk, and rejecting the YAML alias bomb.</summary>
[Config(typeof(ShortConfig))]
public class LoadBenchmarks
{
    private string _path = "";
    private string _bomb = "";

    /// <summary>Checks once that the brief loads without errors, so the benchmark measures the success path.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _path = RepoPaths.SummitBrief;
        var result = new BriefLoader().Load(_path);
        if (result.Brief is null)
            throw new InvalidOperationException($"The summit brief does not load: {result.Diagnostics.Count} diagnostics.");
        _bomb = BillionLaughs();
    }

    /// <summary>Load + validate the summit brief.</summary>
    [Benchmark]
    public LoadResult LoadSummit() => new BriefLoader().Load(_path);

    /// <summary>
    /// Load of the classic alias bomb (nine levels of ten aliases): rejected at its anchors without
    /// expanding anything. LoadLimitsTests bounds the nodes it builds; this says how long that takes.
    /// </summary>
    [Benchmark]
    public LoadResult LoadBillionLaughs() => new BriefLoader().Load(_bomb, "bomb.yaml");

    private static string BillionLaughs()
    {
        var yaml = new System.Text.StringBuilder("a0: &a0 [" + string.Join(",", Enumerable.Repeat("\"lol\"", 10)) + "]\n");
        for (var level = 1; level <= 9; level++)
            yaml.Append($"a{level}: &a{level} [{string.Join(",", Enumerable.Repeat($"*a{level - 1}", 10))}]\n");
        return yaml.ToString();
    }
}
