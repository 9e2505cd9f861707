using Briefing.Composition.Frames;
using Briefing.Loading;
using Briefing.Model;
using Briefing.Rendering;
using Briefing.Testing;
using Briefing.Tests.Samples;
using Briefing.Typesetting.Fonts;

namespace Briefing.Tests.Composition;

/// <summary>
/// Renders the summit brief once per language for all tests of a class (rendering is the slow part): in each
/// language's default frame (<see cref="Pdf"/>) and in the neutral frame (<see cref="NeutralPdf"/>), for the tests
/// of the neutral note's own look (banner, "1 / 3 쪽", key facts, running title).
/// </summary>
public sealed class SummitRendering : IDisposable
{
    private readonly Dictionary<string, byte[]> _pdfs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, byte[]> _neutral = new(StringComparer.Ordinal);

    public SummitRendering()
    {
        var path = Path.Combine(RepositoryRoot.Find(), "briefs", "2025-10-30-korea-canada-summit.yaml");
        var result = new BriefLoader().Load(path);
        Brief = result.Brief ?? throw new InvalidOperationException("the summit brief does not load: " + string.Join("; ", result.Diagnostics));
        Renderer = new BriefRenderer(DefaultFonts.Load());
        foreach (var language in new[] { "ko", "en", "fr" })
        {
            _pdfs[language] = Renderer.Render(Brief, language);
            _neutral[language] = Renderer.Render(Brief, language, frame: FrameKind.Neutral);
        }
    }

    public Brief Brief { get; }

    public BriefRenderer Renderer { get; }

    /// <summary>The brief in <paramref name="language"/>'s default frame.</summary>
    public byte[] Pdf(string language) => _pdfs[language];

    /// <summary>The brief in the neutral frame.</summary>
    public byte[] NeutralPdf(string language) => _neutral[language];

    public void Dispose() => Renderer.Dispose();
}
