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
        using var output = new MemoryStream();
        Write(pages, metadata, output);
        return output.ToArray();
    }

    /// <summary>Writes the pages as a PDF to <paramref name="output"/> (left open).</summary>
    public void Write(IReadOnlyList<PageRecording> pages, DocumentMetadata metadata, Stream output)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(output);
        if (pages.Count == 0)
            throw new ArgumentException("A PDF needs at least one page.", nameof(pages));
        new DocumentWriter(pages, metadata).Write(output);
    }
}
