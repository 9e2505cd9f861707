using System.Globalization;
using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Outline;
using UglyToad.PdfPig.Tokens;

namespace Briefing.Snapshots.Pdf;

/// <summary>
/// Turns a PDF into a deterministic, human-readable text snapshot: document info, fonts, outline and tag tree,
/// then page by page the lines as read back (positions rounded to whole points) and the links.
/// </summary>
public static class PdfSnapshot
{
    /// <summary>Reads the PDF and returns its snapshot text (LF line ends, ending in a newline).</summary>
    public static string FromPdf(byte[] pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        using var document = PdfDocument.Open(pdf);
        var objects = new PdfObjects(document.Structure.TokenScanner);
        var catalog = document.Structure.Catalog.CatalogDictionary;
        var output = new StringBuilder();

        WriteInfo(document, objects, catalog, output);
        var pages = new List<Page>(document.NumberOfPages);
        foreach (var page in document.GetPages())
        {
            pages.Add(page);
        }

        WriteFonts(pages, objects, output);
        WriteOutline(document, output);
        WriteTags(objects, catalog, output);
        foreach (var page in pages)
        {
            WritePage(page, output);
        }

        return output.ToString();
    }

    private static void WriteInfo(PdfDocument document, PdfObjects objects, DictionaryToken catalog, StringBuilder output)
    {
        var info = document.Information;
        Line(output, $"pages: {document.NumberOfPages}");
        Line(output, $"title: {Show(info.Title)}");
        Line(output, $"language: {Show(objects.GetText(catalog, "Lang"))}");
        Line(output, $"producer: {Show(info.Producer)}");
        Line(output, $"creator: {Show(info.Creator)}");
    }

    private static void WriteFonts(List<Page> pages, PdfObjects objects, StringBuilder output)
    {
        Line(output, "fonts:");
        var inventory = new FontInventory(objects);
        foreach (var page in pages)
        {
            var fonts = inventory.Describe(page.Dictionary);
            Line(output, fonts.Count == 0 ? $"  page {page.Number}: (none)" : $"  page {page.Number}:");
            foreach (var font in fonts)
            {
                Line(output, $"    {font}");
            }
        }
    }

    private static void WriteOutline(PdfDocument document, StringBuilder output)
    {
        if (!document.TryGetBookmarks(out var bookmarks) || bookmarks.Roots.Count == 0)
        {
            Line(output, "outline: (none)");
            return;
        }

        Line(output, "outline:");
        foreach (var root in bookmarks.Roots)
        {
            WriteBookmark(root, 1, output);
        }
    }

    private static void WriteBookmark(BookmarkNode node, int depth, StringBuilder output)
    {
        var target = node switch
        {
            DocumentBookmarkNode d => $"page {d.PageNumber}",
            UriBookmarkNode u => u.Uri,
            _ => "(elsewhere)",
        };
        Line(output, $"{new string(' ', depth * 2)}- {node.Title} -> {target}");
        foreach (var child in node.Children)
        {
            WriteBookmark(child, depth + 1, output);
        }
    }

    private static void WriteTags(PdfObjects objects, DictionaryToken catalog, StringBuilder output)
    {
        var roots = new TagTreeReader(objects).Read(catalog);
        if (roots is null)
        {
            Line(output, "tags: (untagged)");
            return;
        }

        foreach (var line in TagTreeSummary.Format(roots))
        {
            Line(output, line);
        }
    }

    private static void WritePage(Page page, StringBuilder output)
    {
        output.Append('\n');
        Line(output, $"--- page {page.Number} ({Round(page.Width)} × {Round(page.Height)}) ---");
        foreach (var line in TextLines.Read(page))
        {
            Line(output, line);
        }

        var top = page.MediaBox.Bounds.Top;
        var links = new List<string>();
        foreach (var annotation in page.GetAnnotations())
        {
            if (annotation.Type != AnnotationType.Link)
            {
                continue;
            }

            var r = annotation.Rectangle;
            var target = annotation.Action switch
            {
                UriAction uri => uri.Uri,
                AbstractGoToAction goTo when goTo.Destination is not null => $"#page {goTo.Destination.PageNumber}",
                null => "(no action)",
                var other => $"({other.Type})",
            };
            links.Add($"link [{Round(r.Left)}, {Round(top - r.Top)}, {Round(r.Width)}, {Round(r.Height)}] -> {target}");
        }

        links.Sort(StringComparer.Ordinal);
        foreach (var link in links)
        {
            Line(output, link);
        }
    }

    private static string Show(string? value) =>
        string.IsNullOrEmpty(value) ? "(none)" : value.ReplaceLineEndings(" ");

    private static string Round(double value) =>
        Math.Round(value, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture);

    private static void Line(StringBuilder output, string text) => output.Append(text).Append('\n');
}
