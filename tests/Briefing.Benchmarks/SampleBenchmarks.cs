using BenchmarkDotNet.Attributes;
using Briefing.Typesetting.Fonts;
using Briefing.Typesetting.Sample;
using Briefing.Typesetting.Text;

namespace Briefing.Benchmarks;

/// <summary>
/// (d) Warm build + layout + write of the engine's two sample documents (tests/Briefing.Typesetting.Sample):
/// one page of mixed Korean and English paragraphs, and the tagged several-page report. Their sizes are
/// printed once in the setup; the tests check what the PDFs hold, these numbers only say what they cost.
/// </summary>
[Config(typeof(ShortConfig))]
public class SampleBenchmarks
{
    private Typesetter _typesetter = null!;

    /// <summary>Loads the fonts and prints the size of each sample's PDF.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _typesetter = new Typesetter(DefaultFonts.Load());
        Console.WriteLine($"// mixed paragraphs: {MixedParagraphs().Length / 1024.0:0.0} KB; report: {Report().Length / 1024.0:0.0} KB");
    }

    /// <summary>Releases the typesetter.</summary>
    [GlobalCleanup]
    public void Cleanup() => _typesetter.Dispose();

    /// <summary>Sample 1: one page of mixed Korean and English paragraphs.</summary>
    [Benchmark]
    public byte[] MixedParagraphs() => MixedParagraphsSample.Build(_typesetter).Document.GeneratePdf();

    /// <summary>Sample 2: the tagged report (table over pages, list, outline, links).</summary>
    [Benchmark]
    public byte[] Report() => ReportSample.Build(_typesetter).Document.GeneratePdf();
}
