using Briefing.Loading;
using Briefing.Model;
using Briefing.Rendering;
using Briefing.Testing;
using Briefing.Typesetting.Fonts;
using Briefing.Typesetting.Pdf;

namespace Briefing.Tests.Composition;

/// <summary>The summit brief's parallel editions (ko+en, en+fr), rendered once for a test class.</summary>
public sealed class ParallelRendering : IDisposable
{
    private readonly Dictionary<string, byte[]> _pdfs = new(StringComparer.Ordinal);

    public ParallelRendering()
    {
        var path = Path.Combine(RepositoryRoot.Find(), "briefs", "2025-10-30-korea-canada-summit.yaml");
        var result = new BriefLoader().Load(path);
        Brief = result.Brief ?? throw new InvalidOperationException("the summit brief does not load: " + string.Join("; ", result.Diagnostics));
        Renderer = new BriefRenderer(DefaultFonts.Load());
        foreach (var edition in new[] { "ko+en", "en+fr" })
            _pdfs[edition] = Render(edition);
    }

    public Brief Brief { get; }

    public BriefRenderer Renderer { get; }

    public byte[] Pdf(string edition) => _pdfs[edition];

    public byte[] Render(string edition) => Renderer.Render(Brief, Edition.Parse(edition), null, PdfStandards.None, []);

    public void Dispose() => Renderer.Dispose();
}
