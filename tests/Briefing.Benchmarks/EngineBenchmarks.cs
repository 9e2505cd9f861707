using BenchmarkDotNet.Attributes;
using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fonts;
using Briefing.Typesetting.Text;

namespace Briefing.Benchmarks;

/// <summary>(c) The engine alone: build + lay out (+ write) a 5-page and a 100-page document (target: 100 pages at most 20x 5 pages).</summary>
[Config(typeof(ShortConfig))]
public class EngineBenchmarks
{
    private Typesetter _typesetter = null!;
    private int _sections;

    /// <summary>The number of pages of the document.</summary>
    [Params(5, 100)]
    public int Pages { get; set; }

    /// <summary>Loads the fonts and finds how many sections fill <see cref="Pages"/> pages.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _typesetter = new Typesetter(DefaultFonts.Load());
        _sections = SampleDocument.SectionsFor(_typesetter, Pages);
        Console.WriteLine($"// {Pages} pages = {_sections} sections");
    }

    /// <summary>Releases the typesetter.</summary>
    [GlobalCleanup]
    public void Cleanup() => _typesetter.Dispose();

    /// <summary>Builds the element tree and lays it out into pages (no PDF).</summary>
    [Benchmark]
    public IReadOnlyList<PageRecording> LayOut() => SampleDocument.Build(_typesetter, _sections).LayOut();

    /// <summary>Builds, lays out and writes the PDF bytes.</summary>
    [Benchmark]
    public byte[] LayOutAndWrite() => SampleDocument.Build(_typesetter, _sections).GeneratePdf();
}
