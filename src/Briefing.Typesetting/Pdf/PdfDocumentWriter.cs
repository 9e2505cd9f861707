using Briefing.Typesetting.Drawing;
using PdfSharp.Pdf;

namespace Briefing.Typesetting.Pdf;

/// <summary>
/// Turns laid-out pages into a tagged PDF: embedded font subsets with ToUnicode maps, links, named
/// destinations, bookmarks, metadata and valid zlib streams. The same input always gives the same bytes.
/// Instances hold no state; one writer may be used from several threads at once.
/// </summary>
public sealed class PdfDocumentWriter
{
    /// <summary>The producer recorded in every PDF; fixed so that library upgrades do not change output.</summary>
    public const string Producer = "Briefing.Typesetting (PDFsharp)";

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

        PdfSharpSetup.EnsureFontResolver();
        var raw = Render(pages, metadata);
        PdfFinisher.Finish(raw, metadata, output);
    }

    /// <summary>PDFsharp's own output, uncompressed and not yet deterministic (internal for measurements).</summary>
    internal static byte[] Render(IReadOnlyList<PageRecording> pages, DocumentMetadata metadata)
    {
        using var document = new PdfDocument();

        // PDFsharp's own deflate output lacks the zlib checksum; streams are left uncompressed here and
        // compressed properly by PdfFinisher.
        document.Options.NoCompression = true;
        document.Options.CompressContentStreams = false;

        var renderer = new DocumentRenderer(document, metadata.CreationDate);
        if (metadata.Language.Length > 0)
            document.Language = metadata.Language;
        document.ViewerPreferences.DisplayDocTitle = true;
        document.Info.Title = metadata.Title;
        document.Info.Author = metadata.Author;
        document.Info.Subject = metadata.Subject;
        document.Info.Keywords = metadata.Keywords;
        document.Info.Creator = metadata.Creator;
        document.Info.CreationDate = metadata.CreationDate.UtcDateTime;
        try
        {
            renderer.Render(pages);
            using var raw = new MemoryStream();
            document.Save(raw, false);
            return raw.ToArray();
        }
        finally
        {
            renderer.Release();
        }
    }
}
