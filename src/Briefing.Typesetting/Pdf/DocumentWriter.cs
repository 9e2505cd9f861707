using System.Text;
using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Pdf.Archival;
using Briefing.Typesetting.Pdf.Attachments;
using Briefing.Typesetting.Pdf.Fonts;
using Briefing.Typesetting.Pdf.Images;
using Briefing.Typesetting.Pdf.Structure;
using Briefing.Typesetting.Pdf.Syntax;

namespace Briefing.Typesetting.Pdf;

/// <summary>
/// Writes one document: fonts are collected and subset first, then each page's content, then the fonts,
/// the structure tree, bookmarks, named destinations, the catalog and the metadata. Identifiers are
/// hashes of the content, and nothing reads the clock, so equal input gives equal bytes. For PDF/A-1b
/// it also writes the output intent, CIDSets and flattened images, and names PDF 1.4 in the header.
/// </summary>
internal sealed class DocumentWriter
{
    private readonly IReadOnlyList<PageRecording> _pages;
    private readonly DocumentMetadata _metadata;
    private readonly PdfStandards _standards;

    public DocumentWriter(IReadOnlyList<PageRecording> pages, DocumentMetadata metadata, PdfStandards standards)
    {
        _pages = pages;
        _metadata = metadata;
        _standards = standards;
    }

    private bool Archival => (_standards & PdfStandards.A1b) != 0;

    /// <summary>Writes the document and returns the file's bytes.</summary>
    public byte[] Write()
    {
        CheckInternalLinks(_pages);
        // One set of zlib compressors for every stream of the document: a new one per stream cost most of
        // zlib's time in a short native render (Deflater).
        using var deflaters = new DeflaterPool();
        // Most of a file is its font programs; a Korean page adds about 60 KB.
        // PDF/A-1 is built on PDF 1.4, and the writer uses no later feature in that mode.
        var file = new PdfFileWriter(64 * 1024 + _pages.Count * 32 * 1024, Archival ? "1.4" : "1.7");
        var catalog = file.Reserve();
        var pagesRoot = file.Reserve();
        var info = file.Reserve();
        var xmp = file.Reserve();
        var pageObjects = new int[_pages.Count];
        for (var i = 0; i < pageObjects.Length; i++)
            pageObjects[i] = file.Reserve();

        // The attachments' bytes do not depend on the rest of the document: they are compressed on the thread
        // pool from now on, beside the subsetting and replaying below (a brief's embedded source was 1.4 ms of
        // zlib on this thread).
        var attachments = new AssociatedFiles(_metadata.Attachments, deflaters);
        var fonts = new DocumentFonts(file, withCidSets: Archival, deflaters);
        fonts.Collect(_pages);
        var structure = new StructureTree(_pages.Count);
        var replayer = new CommandReplayer(file, fonts, new DocumentImages(file, flattenAlpha: _standards.ForbidsTransparency()), structure, pageObjects, _metadata.CreationDate);
        // Each page's content is compressed on the thread pool while the next page is replayed, as the fonts
        // are: on a machine with a spare core a long document's compression (the largest cost that grows
        // with its length) runs beside the rest of the writing. The streams are written afterwards in page
        // order, so the bytes never depend on timing.
        var contents = new (int Object, Task<byte[]> Data)[_pages.Count];
        for (var i = 0; i < _pages.Count; i++)
        {
            replayer.Replay(_pages[i], i, last: i == _pages.Count - 1);
            var raw = replayer.Content.ToArray();
            contents[i] = (file.Reserve(), Task.Run(() => deflaters.Compress(raw)));
            WritePage(file, pageObjects[i], pagesRoot, contents[i].Object, _pages[i], replayer, structure.HasContent(i) ? i : -1);
        }

        fonts.WriteObjects();
        foreach (var (number, data) in contents)
            file.CompressedStream(number, data.GetAwaiter().GetResult(), "");
        var structTreeRoot = structure.Write(file, pageObjects);
        var outline = replayer.Outline.IsEmpty ? 0 : replayer.Outline.Write(file, pageObjects);
        var outputIntents = Archival ? OutputIntent.Write(file, deflaters) : null;
        attachments.Write(file);

        var o = file.Begin(pagesRoot).Ascii("<</Type/Pages/Kids[");
        foreach (var page in pageObjects)
            o.Ref(page).Space();
        o.Ascii("]/Count ").Int(pageObjects.Length).Ascii(">>");
        file.End();

        o = file.Begin(catalog).Ascii("<</Type/Catalog/Pages ").Ref(pagesRoot);
        if (_metadata.Language.Length > 0)
            o.Ascii("/Lang").Text(_metadata.Language);
        o.Ascii("/MarkInfo<</Marked true>>/StructTreeRoot ").Ref(structTreeRoot)
            .Ascii("/ViewerPreferences<</DisplayDocTitle true>>/Metadata ").Ref(xmp);
        if (outputIntents is not null)
            o.Ascii("/OutputIntents").Ascii(outputIntents);
        if (outline != 0)
            o.Ascii("/Outlines ").Ref(outline).Ascii("/PageMode/UseOutlines");
        if (!attachments.IsEmpty)
            attachments.WriteAssociatedFiles(o);
        if (replayer.Destinations.Count > 0 || !attachments.IsEmpty)
        {
            o.Ascii("/Names<<");
            if (replayer.Destinations.Count > 0)
            {
                // A name tree's keys must be sorted (PDF 32000-1, 7.9.6); SortedDictionary with ordinal order
                // sorts them as their bytes sort, since names are written as ASCII or UTF-16BE code units.
                o.Ascii("/Dests<</Names[");
                foreach (var (name, (page, x, y)) in replayer.Destinations)
                    o.Text(name).Ascii("[").Ref(pageObjects[page]).Ascii("/XYZ ").Real(x).Space().Real(y).Ascii(" null]");
                o.Ascii("]>>");
            }
            if (!attachments.IsEmpty)
                attachments.WriteNameTree(o);
            o.Ascii(">>");
        }
        o.Ascii(">>");
        file.End();

        file.Begin(info).Raw(MetadataObjects.InfoDictionary(_metadata));
        file.End();

        // The XMP ids are the only ones a reader compares across versions of a file: derived from the
        // content, they stay the same exactly as long as the content does.
        // Two 128-bit hashes (seeds 0 and 1) of everything written so far; see PdfFileWriter.Finish for why not SHA-256.
        var hash = new byte[32];
        System.IO.Hashing.XxHash128.Hash(file.Written, hash.AsSpan(0, 16), seed: 0);
        System.IO.Hashing.XxHash128.Hash(file.Written, hash.AsSpan(16, 16), seed: 1);
        var documentId = new Guid(hash.AsSpan(0, 16)).ToString("D");
        var instanceId = new Guid(hash.AsSpan(16, 16)).ToString("D");
        file.Stream(xmp, MetadataObjects.Xmp(_metadata, documentId, instanceId, _standards), "/Type/Metadata/Subtype/XML");

        return file.Finish(catalog, info);
    }

    private static void WritePage(PdfFileWriter file, int number, int parent, int content, PageRecording page, CommandReplayer replayer, int structParents)
    {
        var o = file.Begin(number).Ascii("<</Type/Page/Parent ").Ref(parent).Ascii("/MediaBox[0 0 ").Real(page.Size.Width).Space()
            .Real(page.Size.Height).Ascii("]/Resources<<");
        if (replayer.PageFonts.Count > 0)
        {
            // Sorted so that the bytes do not depend on hash order.
            var fonts = new List<EmbeddedFont>(replayer.PageFonts);
            fonts.Sort((a, b) => a.ObjectNumber.CompareTo(b.ObjectNumber));
            o.Ascii("/Font<<");
            foreach (var font in fonts)
                o.Byte((byte)'/').Ascii(font.ResourceName).Space().Ref(font.ObjectNumber);
            o.Ascii(">>");
        }
        if (replayer.PageImages.Count > 0)
        {
            var images = new List<KeyValuePair<string, int>>(replayer.PageImages);
            images.Sort((a, b) => a.Value.CompareTo(b.Value));
            o.Ascii("/XObject<<");
            foreach (var (name, image) in images)
                o.Byte((byte)'/').Ascii(name).Space().Ref(image);
            o.Ascii(">>");
        }
        o.Ascii(">>/Contents ").Ref(content);
        if (structParents >= 0)
            o.Ascii("/StructParents ").Int(structParents);
        if (replayer.PageAnnotations.Count > 0)
        {
            // Tab order follows the structure, as PDF/UA asks of pages with annotations.
            o.Ascii("/Annots[");
            foreach (var annotation in replayer.PageAnnotations)
                o.Ref(annotation).Space();
            o.Ascii("]/Tabs/S");
        }
        o.Ascii(">>");
        file.End();
    }

    private static void CheckInternalLinks(IReadOnlyList<PageRecording> pages)
    {
        var declared = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var command in page.Commands)
            {
                if (command is DrawCommand.Destination d)
                    declared.Add(d.Name);
            }
        }
        foreach (var page in pages)
        {
            foreach (var command in page.Commands)
            {
                if (command is DrawCommand.Link { Target: LinkTarget.Internal target } && !declared.Contains(target.DestinationName))
                    throw new ArgumentException($"Link to '{target.DestinationName}', which no Destination declares.");
            }
        }
    }
}
