using Briefing.Composition;
using Briefing.Model;
using Briefing.Typesetting.Fonts;
using Briefing.Typesetting.Layout;
using Briefing.Typesetting.Text;

namespace Briefing.Rendering;

/// <summary>
/// Turns a valid brief into PDF bytes in one language: compose, lay out, write. Holds the fonts and
/// the typesetter, so one renderer serves many briefs and languages, also from several threads.
/// </summary>
public sealed class BriefRenderer : IDisposable
{
    private readonly Typesetter _typesetter;
    private readonly BriefComposer _composer;

    /// <summary>A renderer over the given fonts (usually <see cref="DefaultFonts.Load()"/>).</summary>
    public BriefRenderer(FontLibrary fonts)
    {
        _typesetter = new Typesetter(fonts);
        _composer = new BriefComposer(_typesetter);
    }

    /// <summary>
    /// Renders <paramref name="brief"/> in <paramref name="language"/> (one of its languages) on the
    /// given paper, or the brief's own paper for that language when null. Content that cannot be laid out
    /// throws <see cref="BriefLayoutException"/>, which names the field and its place in the file.
    /// </summary>
    public byte[] Render(Brief brief, string language, PaperSize? paper = null)
    {
        try
        {
            return _composer.Compose(brief, language, paper ?? brief.PaperFor(language)).GeneratePdf();
        }
        catch (LayoutException e)
        {
            var (field, span) = BriefFields.Locate(brief, e);
            throw new BriefLayoutException(field, span, e);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _typesetter.Dispose();
}
