using Briefing.Rendering;
using Briefing.Typesetting.Fonts;

namespace Briefing.Tests.Hostile;

/// <summary>One renderer (and its fonts) for all tests of a class: loading the fonts is the slow part.</summary>
public sealed class HostileRendering : IDisposable
{
    public HostileRendering()
    {
        Fonts = DefaultFonts.Load();
        Renderer = new BriefRenderer(Fonts);
    }

    public FontLibrary Fonts { get; }

    public BriefRenderer Renderer { get; }

    public void Dispose() => Renderer.Dispose();
}
