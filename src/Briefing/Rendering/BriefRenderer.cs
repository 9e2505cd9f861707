using Briefing.Composition;
using Briefing.Composition.Frames;
using Briefing.Model;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Fonts;
using Briefing.Typesetting.Pdf;
using Briefing.Typesetting.Pdf.Attachments;
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

    /// <summary>A renderer over the given fonts (usually <see cref="DefaultFonts.Load()"/>), in the default theme.</summary>
    public BriefRenderer(FontLibrary fonts)
        : this(fonts, null)
    {
    }

    /// <summary>A renderer over the given fonts in <paramref name="theme"/> (whose families <paramref name="fonts"/> must hold).</summary>
    public BriefRenderer(FontLibrary fonts, Theming.Theme? theme)
    {
        _typesetter = new Typesetter(fonts);
        _composer = new BriefComposer(_typesetter, theme);
    }

    /// <summary>
    /// Loads now, on the calling thread, the faces of <paramref name="fonts"/> a render in <paramref name="language"/> sets
    /// most of its text in (running text, its bold and the headings, in the language's default profile and
    /// <paramref name="theme"/>, the default when null): their character maps, HarfBuzz shapers and font programs (see
    /// <see cref="FontLibrary.Prepare"/>), and the language's document words. For another core while the brief is read, before or after the renderer over
    /// <paramref name="fonts"/> is made: the render then finds them loaded. Never throws for a bad font (the render meets
    /// the error where it would anyway); a language without a profile is passed over.
    /// </summary>
    public static void Prepare(FontLibrary fonts, string language, Theming.Theme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(fonts);
        ArgumentNullException.ThrowIfNull(language);
        if (Localization.Profiles.LanguageProfiles.Find(language) is not { } profile)
            return;
        var type = Typography.For(profile, theme ?? Theming.Theme.Default);
        fonts.Prepare(type.Body);
        fonts.Prepare(type.Bold);
        fonts.Prepare(type.Heading);

        // The document's words too: the first look-up sets up the resource manager behind them (reflection over the
        // assembly and its satellites), which cost about 2 % of a short render's main thread when composing met it.
        _ = profile.Strings.DocumentKind;
    }

    /// <summary>
    /// Renders <paramref name="brief"/> in <paramref name="language"/> (one of its languages) on the
    /// given paper, or the brief's own paper for that language when null, following <paramref name="standards"/>,
    /// set in <paramref name="frame"/> (null: the default frame, see <see cref="Composition.Frames.FrameChoice"/>).
    /// Content that cannot be laid out throws <see cref="BriefLayoutException"/>, which names the field and its
    /// place in the file.
    /// </summary>
    public byte[] Render(Brief brief, string language, PaperSize? paper = null, PdfStandards standards = PdfStandards.None, FrameKind? frame = null) =>
        Render(brief, language, paper, standards, [], frame);

    /// <summary>
    /// As <see cref="Render(Brief, string, PaperSize?, PdfStandards, FrameKind?)"/>, with <paramref name="attachments"/> carried inside the
    /// PDF (the brief's source, see <see cref="Sources.SourceAttachment"/>); PDF/A-1b allows none.
    /// </summary>
    public byte[] Render(Brief brief, string language, PaperSize? paper, PdfStandards standards, IReadOnlyList<FileAttachment> attachments, FrameKind? frame = null) =>
        Write(brief, _composer.Compose(brief, language, paper ?? brief.PaperFor(language), frame), standards, attachments);

    /// <summary>
    /// Renders <paramref name="brief"/> as <paramref name="edition"/>: in one language, or as a parallel edition with
    /// the first language in the left column (see <see cref="ParallelComposer"/>), on the given paper or the brief's
    /// own paper for the first language.
    /// </summary>
    public byte[] Render(Brief brief, Edition edition, PaperSize? paper, PdfStandards standards, IReadOnlyList<FileAttachment> attachments, FrameKind? frame = null)
    {
        ArgumentNullException.ThrowIfNull(brief);
        ArgumentNullException.ThrowIfNull(edition);
        if (!edition.IsParallel)
            return Render(brief, edition.First, paper, standards, attachments, frame);
        // A parallel edition is set in the neutral frame: two governments' frames cannot share one page.
        var document = new ParallelComposer(_typesetter).Compose(brief, edition.Languages[0], edition.Languages[1], paper ?? brief.PaperFor(edition.First));
        return Write(brief, document, standards, attachments);
    }

    private static byte[] Write(Brief brief, Document document, PdfStandards standards, IReadOnlyList<FileAttachment> attachments)
    {
        IReadOnlyList<Typesetting.Drawing.PageRecording> pages;
        try
        {
            pages = document.LayOut();
        }
        catch (LayoutException e)
        {
            var (field, span) = BriefFields.Locate(brief, e);
            throw new BriefLayoutException(field, span, e);
        }

        return new PdfDocumentWriter(standards).Write(pages, document.Metadata with { Attachments = attachments });
    }

    /// <summary>
    /// Renders <paramref name="briefs"/> as one report in <paramref name="language"/> (see <see cref="BundleComposer"/>),
    /// on <paramref name="paper"/> or the first brief's paper for that language, with <paramref name="attachments"/>.
    /// </summary>
    public byte[] RenderBundle(IReadOnlyList<Brief> briefs, string language, string? title, PaperSize? paper, IReadOnlyList<FileAttachment> attachments)
    {
        ArgumentNullException.ThrowIfNull(briefs);
        if (briefs.Count == 0)
            throw new ArgumentException("A bundle needs at least one brief.", nameof(briefs));
        var document = new BundleComposer(_typesetter).Compose(briefs, language, paper ?? briefs[0].PaperFor(language), title);
        return new PdfDocumentWriter().Write(document.LayOut(), document.Metadata with { Attachments = attachments });
    }

    /// <inheritdoc />
    public void Dispose() => _typesetter.Dispose();
}
