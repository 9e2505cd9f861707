using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Layout;
using Briefing.Typesetting.Pdf;
using Briefing.Typesetting.Text;

namespace Briefing.Typesetting.Fluent;

/// <summary>
/// A whole document: page setup, running header and footer, body and metadata. It lays out and
/// writes in one call, as often as asked: every call gives the same pages.
/// </summary>
public sealed class Document
{
    /// <summary>Paper size and margins.</summary>
    public required PageSetup Page { get; init; }

    /// <summary>The content, laid out page after page.</summary>
    public required Element Body { get; init; }

    /// <summary>What the PDF says about itself (title, language, dates).</summary>
    public required DocumentMetadata Metadata { get; init; }

    /// <summary>Builds the header of a page (page furniture); null for none.</summary>
    public Func<PageContext, Element>? Header { get; init; }

    /// <summary>Builds the footer of a page (page furniture); null for none.</summary>
    public Func<PageContext, Element>? Footer { get; init; }

    /// <summary>The standards the PDF follows (PDF/A-1b, PDF/UA-1); none beyond tagged PDF by default.</summary>
    public PdfStandards Standards { get; init; }

    /// <summary>Space between header and body, and between body and footer, in points.</summary>
    public double FurnitureSpacing { get; init; } = 12;

    /// <summary>
    /// For a document whose text shows page numbers (contents, page references): the body composed with
    /// what the previous layout learned (<see cref="PageMap"/>: page count, page of every destination).
    /// <see cref="Body"/> is laid out first; then this body, with the map of the layout before, until the
    /// map a body was composed with is the map it lays out to, so every number it shows is exact. Null
    /// (the default): the body shows no page numbers and is laid out once.
    /// </summary>
    public Func<PageMap, Element>? BodyForPages { get; init; }

    /// <summary>
    /// At most this many layouts for a document with <see cref="BodyForPages"/> (at least 2). Text whose
    /// page numbers never settle (a number's width moving a line back and forth) keeps the last layout.
    /// </summary>
    public int MaxPasses { get; init; } = 4;

    /// <summary>Lays the document out into pages of drawing commands.</summary>
    public IReadOnlyList<PageRecording> LayOut() => LayOut(out _);

    /// <summary>Lays the document out, and says how many layouts it took (1, or more when the body shows page numbers).</summary>
    public IReadOnlyList<PageRecording> LayOut(out int passes)
    {
        var layouter = Layouter();
        if (BodyForPages is null)
        {
            passes = 1;
            return layouter.Layout(Body);
        }

        // Header and footer are measured once and drawn once, on the pages of the last layout: their height may not
        // depend on page numbers, and the map is the body's (they declare no destinations, or see below), so a
        // layout that only teaches the next one its pages need not draw them (they were a fifth of each layout).
        var furniture = layouter.MeasureFurniture();

        // The layouts after the first compose new elements, but most of their paragraphs are the same text in
        // the same style: measure, shape and break each once for all of this call's layouts (and for no other).
        var paragraphs = new ParagraphCache();
        var bodies = layouter.LayOutBody(Body, paragraphs, furniture);
        passes = 1;

        // Like Typst's introspection loop: compose with what the last layout learned until nothing moves.
        var map = PageMap.Of(bodies);
        while (passes < Math.Max(2, MaxPasses))
        {
            bodies = layouter.LayOutBody(BodyForPages(map), paragraphs, furniture);
            passes++;
            var learned = PageMap.Of(bodies);
            if (learned.Equals(map))
                break;
            map = learned;
        }

        var pages = layouter.Furnish(bodies, furniture, out var furnitureDeclaresDestinations);
        // Furniture that declares a destination belongs in every layout's map: lay out again as that needs.
        return furnitureDeclaresDestinations ? LayOutFurnishingEveryPass(layouter, paragraphs, out passes) : pages;
    }

    /// <summary>
    /// The loop of <see cref="LayOut(out int)"/> with header and footer drawn on every layout's pages and the map taken
    /// from whole pages: for a document whose furniture declares destinations, and for tests, which check that
    /// drawing the furniture only on the last layout's pages gives the same pages.
    /// </summary>
    internal IReadOnlyList<PageRecording> LayOutFurnishingEveryPass(DocumentLayouter layouter, ParagraphCache paragraphs, out int passes)
    {
        var bodyForPages = BodyForPages ?? throw new InvalidOperationException("A document without page numbers is laid out once.");
        var pages = layouter.Layout(Body, paragraphs);
        passes = 1;
        var map = PageMap.Of(pages);
        while (passes < Math.Max(2, MaxPasses))
        {
            pages = layouter.Layout(bodyForPages(map), paragraphs);
            passes++;
            var learned = PageMap.Of(pages);
            if (learned.Equals(map))
                break;
            map = learned;
        }

        return pages;
    }

    /// <summary>The page engine for this document's page setup and furniture.</summary>
    internal DocumentLayouter Layouter() => new(Page)
    {
        Header = Header,
        Footer = Footer,
        HeaderSpacing = Header is null ? 0 : FurnitureSpacing,
        FooterSpacing = Footer is null ? 0 : FurnitureSpacing,
    };

    /// <summary>Lays the document out and writes it as PDF bytes.</summary>
    public byte[] GeneratePdf() => new PdfDocumentWriter(Standards).Write(LayOut(), Metadata);
}
