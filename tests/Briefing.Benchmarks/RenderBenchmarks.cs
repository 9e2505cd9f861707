using BenchmarkDotNet.Attributes;
using Briefing.Composition.Frames;
using Briefing.Loading;
using Briefing.Model;
using Briefing.Rendering;
using Briefing.Typesetting.Fonts;

namespace Briefing.Benchmarks;

/// <summary>
/// (b) Warm compose + layout + write of the summit brief, per language (target: at most 5 ms). The brief and the frame can be
/// chosen with <c>BRIEF_BENCH_BRIEF</c> and <c>BRIEF_BENCH_FRAME</c> (see <see cref="RepoPaths.SummitBrief"/>, <see cref="BenchFrame"/>).
/// </summary>
[Config(typeof(ShortConfig))]
public class RenderBenchmarks
{
    private Brief _brief = null!;
    private BriefRenderer _renderer = null!;
    private FrameKind? _frame;

    /// <summary>The language rendered.</summary>
    [Params("ko", "en")]
    public string Language { get; set; } = "ko";

    /// <summary>Loads the brief and the fonts once; the renderer is reused, as the CLI reuses it for many briefs.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _brief = new BriefLoader().Load(RepoPaths.SummitBrief).Brief
                 ?? throw new InvalidOperationException("The summit brief does not load.");
        _renderer = new BriefRenderer(DefaultFonts.Load());
        _frame = BenchFrame.Chosen;
    }

    /// <summary>Releases the renderer.</summary>
    [GlobalCleanup]
    public void Cleanup() => _renderer.Dispose();

    /// <summary>Compose, lay out and write the summit brief in <see cref="Language"/>, in the frame <see cref="BenchFrame"/> names.</summary>
    [Benchmark]
    public byte[] RenderSummit() => _renderer.Render(_brief, Language, frame: _frame);
}
