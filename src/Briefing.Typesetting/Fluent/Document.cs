using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Layout;
using Briefing.Typesetting.Pdf;

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

    /// <summary>Lays the document out into pages of drawing commands.</summary>
    public IReadOnlyList<PageRecording> LayOut() =>
        new DocumentLayouter(Page)
        {
            Header = Header,
            Footer = Footer,
            HeaderSpacing = Header is null ? 0 : FurnitureSpacing,
            FooterSpacing = Footer is null ? 0 : FurnitureSpacing,
        }.Layout(Body);

    /// <summary>Lays the document out and writes it as PDF bytes.</summary>
    public byte[] GeneratePdf() => new PdfDocumentWriter(Standards).Write(LayOut(), Metadata);
}
