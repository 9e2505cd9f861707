using Briefing.Composition;
using Briefing.Composition.Frames;
using Briefing.Loading;
using Briefing.Model;
using Briefing.Rendering;
using Briefing.Testing;
using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fonts;
using Briefing.Typesetting.Text;

namespace Briefing.Tests.Composition.Frames;

/// <summary>The summit brief in every frame and every language, rendered once for a test class, with its display lists.</summary>
public sealed class FrameRendering : IDisposable
{
    private readonly Dictionary<(FrameKind, string), byte[]> _pdfs = [];
    private readonly Dictionary<(FrameKind, string), IReadOnlyList<PageRecording>> _pages = [];
    private readonly object _gate = new();
    private readonly FontLibrary _fonts = DefaultFonts.Load();

    public FrameRendering()
    {
        var path = Path.Combine(RepositoryRoot.Find(), "briefs", "2025-10-30-korea-canada-summit.yaml");
        Brief = new BriefLoader().Load(path).Brief ?? throw new InvalidOperationException("the summit brief does not load");
        Renderer = new BriefRenderer(_fonts);
        Typesetter = new Typesetter(_fonts);
    }

    /// <summary>Every frame with every language of the summit brief (en, ko, fr).</summary>
    public static TheoryData<FrameKind, string> EveryFrameAndLanguage()
    {
        var data = new TheoryData<FrameKind, string>();
        foreach (var frame in Enum.GetValues<FrameKind>())
        {
            foreach (var language in new[] { "ko", "en", "fr" })
                data.Add(frame, language);
        }

        return data;
    }

    public Brief Brief { get; }

    public BriefRenderer Renderer { get; }

    public Typesetter Typesetter { get; }

    /// <summary>The summit brief's PDF in <paramref name="frame"/> and <paramref name="language"/> (cached).</summary>
    public byte[] Pdf(FrameKind frame, string language)
    {
        lock (_gate)
        {
            if (!_pdfs.TryGetValue((frame, language), out var pdf))
                _pdfs[(frame, language)] = pdf = Renderer.Render(Brief, language, frame: frame);
            return pdf;
        }
    }

    /// <summary>The summit brief's pages as drawing commands (cached).</summary>
    public IReadOnlyList<PageRecording> Pages(FrameKind frame, string language)
    {
        lock (_gate)
        {
            if (!_pages.TryGetValue((frame, language), out var pages))
                _pages[(frame, language)] = pages = Pages(Brief, language, frame);
            return pages;
        }
    }

    /// <summary>Any brief's pages as drawing commands.</summary>
    public IReadOnlyList<PageRecording> Pages(Brief brief, string language, FrameKind frame) =>
        new BriefComposer(Typesetter).Compose(brief, language, brief.PaperFor(language), frame).LayOut();

    public void Dispose()
    {
        Typesetter.Dispose();
        Renderer.Dispose();
    }
}
