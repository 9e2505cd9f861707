using Briefing.Typesetting.Drawing;

namespace Briefing.Typesetting.Pdf;

/// <summary>
/// Turns laid-out pages into a tagged PDF: embedded font subsets with ToUnicode maps, links, named
/// destinations, bookmarks, metadata and zlib streams. The same input always gives the same bytes.
/// Instances hold no state; one writer may be used from several threads at once.
/// </summary>
public sealed class PdfDocumentWriter
{
    /// <summary>The producer recorded in every PDF.</summary>
    public const string Producer = "Briefing.Typesetting";

    /// <summary>Writes the pages as a PDF and returns its bytes.</summary>
    public byte[] Write(IReadOnlyList<PageRecording> pages, DocumentMetadata metadata)
    {
        Check(pages, metadata);
        return new DocumentWriter(pages, metadata).Write();
    }

    /// <summary>Writes the pages as a PDF to <paramref name="output"/> (left open).</summary>
    public void Write(IReadOnlyList<PageRecording> pages, DocumentMetadata metadata, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        Check(pages, metadata);
        var file = new DocumentWriter(pages, metadata).Write();
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
