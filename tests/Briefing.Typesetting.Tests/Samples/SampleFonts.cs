using Briefing.Typesetting.Fonts;
using Briefing.Typesetting.Text;

namespace Briefing.Typesetting.Tests.Samples;

/// <summary>A typesetter over the real default fonts, shared by the tests of one class (xunit class fixture).</summary>
public sealed class SampleFonts : IDisposable
{
    /// <summary>The typesetter; safe to share, it holds no per-document state.</summary>
    public Typesetter Typesetter { get; } = new(DefaultFonts.Load());

    /// <inheritdoc />
    public void Dispose() => Typesetter.Dispose();
}
