using Briefing.Typesetting.Drawing;

namespace Briefing.Typesetting.Pdf;

/// <summary>
/// Turns laid-out pages into a tagged PDF: embedded font subsets with ToUnicode maps, links, named
/// destinations, bookmarks, metadata and zlib streams, optionally following PDF/A-1b and PDF/UA-1
/// (<see cref="PdfStandards"/>). The same input always gives the same bytes. Instances hold no state
/// beyond their standards; one writer may be used from several threads at once.
/// </summary>
public sealed class PdfDocumentWriter
{
    /// <summary>The producer recorded in every PDF.</summary>
    public const string Producer = "Briefing.Typesetting";

    /// <summary>A writer of plain tagged PDF 1.7.</summary>
    public PdfDocumentWriter()
        : this(PdfStandards.None)
    {
    }

    /// <summary>A writer of PDFs that follow <paramref name="standards"/>.</summary>
    public PdfDocumentWriter(PdfStandards standards)
    {
        if ((standards & ~(PdfStandards.A1b | PdfStandards.UA1)) != 0)
            throw new ArgumentOutOfRangeException(nameof(standards), standards, "Not a standard the writer knows.");
        Standards = standards;
    }

    /// <summary>
    /// The standards the PDFs follow. Callers that embed files (a document's source) check
    /// <see cref="PdfStandardsExtensions.AllowsEmbeddedFiles"/>: PDF/A-1 has no room for them.
    /// </summary>
    public PdfStandards Standards { get; }

    /// <summary>Writes the pages as a PDF and returns its bytes.</summary>
    public byte[] Write(IReadOnlyList<PageRecording> pages, DocumentMetadata metadata)
    {
        Check(pages, metadata);
        return new DocumentWriter(pages, metadata, Standards).Write();
    }

    /// <summary>Writes the pages as a PDF to <paramref name="output"/> (left open).</summary>
    public void Write(IReadOnlyList<PageRecording> pages, DocumentMetadata metadata, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        Check(pages, metadata);
        var file = new DocumentWriter(pages, metadata, Standards).Write();
        output.Write(file);
    }

    private static void Check(IReadOnlyList<PageRecording> pages, DocumentMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(metadata);
        if (pages.Count == 0)
            throw new ArgumentException("A PDF needs at least one page.", nameof(pages));
    }
}
