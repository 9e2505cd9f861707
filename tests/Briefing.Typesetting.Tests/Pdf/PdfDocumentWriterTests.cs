using System.Text;
using System.Text.RegularExpressions;
using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Pdf;
using Briefing.Typesetting.Tests.Samples;
using Briefing.Typesetting.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Outline;

namespace Briefing.Typesetting.Tests.Pdf;

public class PdfDocumentWriterTests
{
    private static readonly Lazy<byte[]> Sample = new(() => new PdfDocumentWriter().Write(SamplePages.TwoPages(), SamplePages.Metadata()));

    private static byte[] Write(params DrawCommand[] commands) =>
        new PdfDocumentWriter().Write([new PageRecording(Size.A4, commands)], SamplePages.Metadata());

    [Fact]
    public void Qpdf_finds_no_errors_and_no_warnings()
    {
        PdfTools.AssertQpdfClean(Sample.Value);
    }

    [Fact]
    public void Every_flate_stream_is_complete_zlib_with_its_adler32_checksum()
    {
        var streams = PdfStreams.All(Sample.Value);

        var flate = streams.Where(s => s.IsFlate).ToList();
        Assert.True(flate.Count >= 6, $"expected contents, fonts, ToUnicode maps and the image to be compressed, found {flate.Count}");
        foreach (var stream in flate)
            PdfStreams.DecodeZlibStrict(stream.Data);
    }

    [Fact]
    public void Only_the_xmp_packet_is_left_uncompressed()
    {
        var uncompressed = PdfStreams.All(Sample.Value).Where(s => !s.IsFlate).ToList();

        var single = Assert.Single(uncompressed);
        Assert.Contains("/Type/Metadata", single.Dictionary);
    }

    [Fact]
    public void The_strict_zlib_check_rejects_data_without_a_checksum()
    {
        var good = PdfStreams.All(Sample.Value).First(s => s.IsFlate).Data;

        var truncated = good[..^4];

        Assert.ThrowsAny<Exception>(() => PdfStreams.DecodeZlibStrict(truncated));
    }

    [Fact]
    public void Every_font_is_an_embedded_subset_with_a_unicode_map()
    {
        var fonts = PdfTools.PdfFonts(Sample.Value);

        Assert.Equal(0, fonts.ExitCode);
        var rows = fonts.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        Assert.Equal(2, rows.Count);
        foreach (var row in rows)
        {
            Assert.Matches(@"^[A-Z]{6}\+", row);
            Assert.Matches(@"\byes\s+yes\s+yes\s+\d+\s+\d+\s*$", row);
        }
    }

    [Fact]
    public void Pdftotext_gives_back_the_exact_korean_and_english_text()
    {
        var lines = PdfTools.PdfToText(Sample.Value).Split('\n', '\f').Select(l => l.TrimEnd()).ToList();

        Assert.Contains(SamplePages.EnglishHeading, lines);
        Assert.Contains(SamplePages.KoreanHeading, lines);
        Assert.Contains(SamplePages.EnglishBody, lines);
        Assert.Contains(SamplePages.KoreanBody, lines);
        Assert.Contains(SamplePages.LinkText, lines);
        Assert.Contains("계속되는 문단입니다", lines);
    }

    [Fact]
    public void PdfPig_reads_back_the_exact_text()
    {
        using var document = PdfDocument.Open(Sample.Value);

        var first = document.GetPage(1).Text;
        Assert.Contains(SamplePages.EnglishHeading, first);
        Assert.Contains(SamplePages.KoreanHeading, first);
        Assert.Contains(SamplePages.KoreanBody, first);
        Assert.Contains("첫째 항목", first);
        Assert.Contains("계속되는 문단입니다", document.GetPage(2).Text);
    }

    [Fact]
    public void Text_sits_on_its_baseline_at_the_given_point()
    {
        // Given a run whose baseline starts at (72, 100) from the top-left
        var pdf = Write(
            new DrawCommand.BeginTag(StructureRole.P, null),
            new DrawCommand.Text(SamplePages.Run("Hg 한글", SamplePages.Hangul, 20), new Point(72, 100)),
            new DrawCommand.EndTag());

        // When it is read back in PDF coordinates (origin bottom-left)
        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        var letter = page.Letters[0];

        // Then the baseline is at page height minus 100
        Assert.Equal("H", letter.Value);
        Assert.Equal(72, letter.StartBaseLine.X, 2);
        Assert.Equal(page.Height - 100, letter.StartBaseLine.Y, 2);
        Assert.All(page.Letters, l => Assert.Equal(page.Height - 100, l.StartBaseLine.Y, 2));
    }

    [Fact]
    public void Page_sizes_follow_the_recordings()
    {
        using var document = PdfDocument.Open(Sample.Value);

        Assert.Equal(595.28, document.GetPage(1).Width, 1);
        Assert.Equal(841.89, document.GetPage(1).Height, 1);
        Assert.Equal(612, document.GetPage(2).Width, 1);
        Assert.Equal(792, document.GetPage(2).Height, 1);
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes()
    {
        var writer = new PdfDocumentWriter();

        var first = writer.Write(SamplePages.TwoPages(), SamplePages.Metadata());
        var second = writer.Write(SamplePages.TwoPages(), SamplePages.Metadata());

        Assert.Equal(first, second);
    }

    [Fact]
    public void Parallel_writers_give_the_same_bytes()
    {
        var results = new byte[4][];

        Parallel.For(0, results.Length, i => results[i] = new PdfDocumentWriter().Write(SamplePages.TwoPages(), SamplePages.Metadata()));

        Assert.All(results, r => Assert.Equal(Sample.Value, r));
    }

    [Fact]
    public void Different_content_gives_a_different_id_and_different_subset_tags()
    {
        // "Zebra" adds glyphs to the Latin subset; "More." only repeats glyphs the sample already has.
        var otherGlyphs = new PdfDocumentWriter().Write(SamplePages.TwoPages(extra: " Zebra jog."), SamplePages.Metadata());
        var sameGlyphs = new PdfDocumentWriter().Write(SamplePages.TwoPages(extra: " More."), SamplePages.Metadata());

        Assert.NotEqual(TrailerId(Sample.Value), TrailerId(otherGlyphs));
        Assert.NotEqual(TrailerId(Sample.Value), TrailerId(sameGlyphs));
        Assert.NotEqual(SubsetTags(Sample.Value), SubsetTags(otherGlyphs));
        // A tag names a subset (PDF 32000-1, 9.6.4): the same glyphs of the same font keep their tag.
        Assert.Equal(SubsetTags(Sample.Value), SubsetTags(sameGlyphs));
    }

    [Fact]
    public void Different_metadata_alone_gives_a_different_id()
    {
        var other = new PdfDocumentWriter().Write(SamplePages.TwoPages(), SamplePages.Metadata("Another title"));

        Assert.NotEqual(TrailerId(Sample.Value), TrailerId(other));
    }

    [Fact]
    public void No_library_version_or_clock_leaks_into_the_file()
    {
        var text = Encoding.Latin1.GetString(Sample.Value);

        Assert.DoesNotContain("6.2.4", text);
        Assert.DoesNotContain(DateTime.UtcNow.ToString("yyyyMMdd"), text);
        Assert.DoesNotContain(DateTime.UtcNow.ToString("yyyy-MM-dd"), text);
        Assert.Contains("<xmpMM:DocumentID>uuid:", text);
    }

    [Fact]
    public void Pdfinfo_reports_tagged_metadata_and_dates()
    {
        var pdf = Sample.Value;

        Assert.Equal("yes", PdfTools.PdfInfoField(pdf, "Tagged"));
        Assert.Equal("Sample brief", PdfTools.PdfInfoField(pdf, "Title"));
        Assert.Equal("Test Author", PdfTools.PdfInfoField(pdf, "Author"));
        Assert.Equal("PDF writer tests", PdfTools.PdfInfoField(pdf, "Subject"));
        Assert.Equal("brief, test", PdfTools.PdfInfoField(pdf, "Keywords"));
        Assert.Equal("tests", PdfTools.PdfInfoField(pdf, "Creator"));
        Assert.Equal(PdfDocumentWriter.Producer, PdfTools.PdfInfoField(pdf, "Producer"));
        Assert.Equal("Thu Oct 30 00:15:00 2025 UTC", PdfTools.PdfInfoField(pdf, "CreationDate"));
        Assert.Equal("Thu Oct 30 00:15:00 2025 UTC", PdfTools.PdfInfoField(pdf, "ModDate"));
    }

    [Fact]
    public void Korean_metadata_is_written_as_unicode()
    {
        var pdf = new PdfDocumentWriter().Write(SamplePages.TwoPages(), SamplePages.Metadata("한국어 제목 (초안)"));

        Assert.Equal("한국어 제목 (초안)", PdfTools.PdfInfoField(pdf, "Title"));
        Assert.Contains("<rdf:li xml:lang=\"x-default\">한국어 제목 (초안)</rdf:li>", Encoding.UTF8.GetString(pdf));
    }

    [Fact]
    public void The_catalog_names_the_language_and_asks_viewers_to_show_the_title()
    {
        var text = Encoding.Latin1.GetString(Sample.Value);

        Assert.Contains("/Lang(ko-KR)", text);
        Assert.Matches(@"/DisplayDocTitle\s*true", text);
    }

    [Fact]
    public void The_structure_tree_holds_the_content_in_reading_order()
    {
        var tree = PdfTools.PdfInfo(Sample.Value, "-struct-text").Output;

        var order = new[]
        {
            "H1", SamplePages.EnglishHeading, "H2", SamplePages.KoreanHeading, "P (block)", SamplePages.EnglishBody,
            "Link", SamplePages.LinkText, "LI", "Lbl", "LBody", "첫째 항목", "Table", "TH", "Item", "TD", "항목",
            "Figure", "Sect", "Continued", "계속되는 문단입니다", "Back to top", "Untagged text",
        };
        var at = 0;
        foreach (var item in order)
        {
            var next = tree.IndexOf(item, at, StringComparison.Ordinal);
            Assert.True(next >= 0, $"'{item}' missing or out of order in:\n{tree}");
            at = next + item.Length;
        }
        Assert.DoesNotContain("UNCLASSIFIED", tree);
        Assert.DoesNotContain("2 / 2", tree);
    }

    [Fact]
    public void A_figure_carries_its_alternative_text()
    {
        var text = Encoding.Latin1.GetString(Sample.Value);

        Assert.Matches(@"/Alt\s*\(A grey square\)", text);
    }

    [Fact]
    public void Bookmarks_nest_by_level_and_point_at_their_page_and_position()
    {
        using var document = PdfDocument.Open(Sample.Value);

        Assert.True(document.TryGetBookmarks(out var bookmarks));
        Assert.Equal(2, bookmarks.Roots.Count);
        var first = Assert.IsType<DocumentBookmarkNode>(bookmarks.Roots[0]);
        Assert.Equal(SamplePages.EnglishHeading, first.Title);
        Assert.Equal(1, first.PageNumber);
        Assert.Equal(841.89 - 60, first.Destination.Coordinates.Top!.Value, 1);
        var child = Assert.IsType<DocumentBookmarkNode>(Assert.Single(first.Children));
        Assert.Equal(SamplePages.KoreanHeading, child.Title);
        var second = Assert.IsType<DocumentBookmarkNode>(bookmarks.Roots[1]);
        Assert.Equal("Background", second.Title);
        Assert.Equal(2, second.PageNumber);
        Assert.Empty(second.Children);
    }

    [Fact]
    public void External_links_become_uri_annotations_over_their_area()
    {
        using var document = PdfDocument.Open(Sample.Value);

        var links = document.GetPage(1).GetAnnotations().ToList();
        var link = Assert.Single(links);
        Assert.Equal(SamplePages.Url, Assert.IsType<UriAction>(link.Action).Uri);
        Assert.Equal(50, link.Rectangle.Left, 2);
        Assert.Equal(841.89 - 186, link.Rectangle.Bottom, 1);
        var page2 = document.GetPage(2).GetAnnotations().Select(a => a.Action).OfType<UriAction>().Select(a => a.Uri);
        Assert.Contains("mailto:press@example.org", page2);
    }

    [Fact]
    public void Internal_links_go_to_a_named_destination_at_its_position()
    {
        var text = Encoding.Latin1.GetString(Sample.Value);

        Assert.Matches(@"/Dest\s*\(top\)|/S\s*/GoTo\s*/D\s*\(top\)", text);
        Assert.Matches(@"\(top\)\s*\[\s*\d+ 0 R\s*/XYZ 50 781\.89\d* null\]", text);
    }

    [Fact]
    public void A_link_tag_holds_its_text_and_every_annotation_drawn_inside_it_wherever_they_are()
    {
        // Given a link whose text wraps onto a second line: one Link tag, two runs, two annotations (the
        // annotations far from the text, so nothing could match them by position)
        var link = new LinkTarget.External(SamplePages.Url);
        var pdf = Write(
            new DrawCommand.BeginTag(StructureRole.P, null),
            new DrawCommand.Text(SamplePages.Run("See ", SamplePages.Latin), new Point(50, 100)),
            new DrawCommand.BeginTag(StructureRole.Link, null),
            new DrawCommand.Text(SamplePages.Run("the site", SamplePages.Latin), new Point(80, 100)),
            new DrawCommand.Link(new Rect(300, 500, 60, 14), link),
            new DrawCommand.Text(SamplePages.Run("of record", SamplePages.Latin), new Point(50, 116)),
            new DrawCommand.Link(new Rect(300, 600, 60, 14), link),
            new DrawCommand.EndTag(),
            new DrawCommand.Text(SamplePages.Run(" today", SamplePages.Latin), new Point(120, 116)),
            new DrawCommand.EndTag());

        // When the structure is read back
        var tree = StructNode.Parse(PdfTools.PdfInfo(pdf, "-struct-text").Output);

        // Then one Link element holds both lines of linked words, and the paragraph keeps the rest
        var element = Assert.Single(tree.Descendants(), n => n.Role == "Link");
        Assert.Equal("the siteof record", element.Text);
        var paragraph = Assert.Single(tree.Descendants(), n => n.Role == "P");
        Assert.Equal("See the siteof record today", paragraph.Text);
        using var document = PdfDocument.Open(pdf);
        Assert.Equal(2, document.GetPage(1).GetAnnotations().Count());
        Assert.Equal(0, PdfTools.QpdfCheck(pdf).ExitCode);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.org/x")]
    [InlineData("not a uri")]
    public void Links_other_than_http_https_and_mailto_are_refused(string uri)
    {
        var link = new DrawCommand.Link(new Rect(10, 10, 50, 10), new LinkTarget.External(uri));

        Assert.Throws<ArgumentException>(() => Write(link));
    }

    [Fact]
    public void A_link_to_an_undeclared_destination_is_refused()
    {
        var link = new DrawCommand.Link(new Rect(10, 10, 50, 10), new LinkTarget.Internal("nowhere"));

        Assert.Throws<ArgumentException>(() => Write(link));
    }

    [Fact]
    public void An_end_tag_without_a_begin_tag_is_refused()
    {
        Assert.Throws<InvalidOperationException>(() => Write(new DrawCommand.EndTag()));
        Assert.Throws<InvalidOperationException>(() => Write(new DrawCommand.BeginArtifact(), new DrawCommand.EndTag()));
    }

    [Fact]
    public void A_document_without_pages_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new PdfDocumentWriter().Write([], SamplePages.Metadata()));
    }

    [Fact]
    public void An_artifact_left_open_at_the_end_of_a_page_continues_on_the_next()
    {
        // Given an artifact that the first page opens and the second page closes
        var pages = new[]
        {
            new PageRecording(Size.A4, [new DrawCommand.BeginArtifact(), new DrawCommand.Text(SamplePages.Run("Header one", SamplePages.Latin), new Point(50, 50))]),
            new PageRecording(Size.A4, [
                new DrawCommand.Text(SamplePages.Run("Header two", SamplePages.Latin), new Point(50, 50)),
                new DrawCommand.EndArtifact(),
                new DrawCommand.BeginTag(StructureRole.P, null),
                new DrawCommand.Text(SamplePages.Run("Body", SamplePages.Latin), new Point(50, 100)),
                new DrawCommand.EndTag(),
            ]),
        };

        // When written
        var pdf = new PdfDocumentWriter().Write(pages, SamplePages.Metadata());

        // Then both headers are furniture, the file is sound and the body is content
        Assert.Equal(0, PdfTools.QpdfCheck(pdf).ExitCode);
        var tree = PdfTools.PdfInfo(pdf, "-struct-text").Output;
        Assert.Contains("Body", tree);
        Assert.DoesNotContain("Header", tree);
        Assert.Contains("Header two", PdfTools.PdfToText(pdf));
    }

    [Fact]
    public void Tags_still_open_at_the_end_of_the_document_are_closed()
    {
        var pdf = Write(
            new DrawCommand.BeginTag(StructureRole.Sect, null),
            new DrawCommand.BeginTag(StructureRole.P, null),
            new DrawCommand.Text(SamplePages.Run("Unfinished", SamplePages.Latin), new Point(50, 100)),
            new DrawCommand.BeginArtifact(),
            new DrawCommand.Text(SamplePages.Run("Furniture", SamplePages.Latin), new Point(50, 800)));

        var check = PdfTools.QpdfCheck(pdf);
        Assert.Equal(0, check.ExitCode);
        Assert.DoesNotContain("WARNING", check.Output + check.Error);
        var tree = PdfTools.PdfInfo(pdf, "-struct-text").Output;
        Assert.Contains("Unfinished", tree);
        Assert.DoesNotContain("Furniture", tree);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Marked_content_nests_properly_with_text_objects_in_every_content_stream(bool unfinishedTags)
    {
        var pdf = unfinishedTags
            ? Write(new DrawCommand.BeginTag(StructureRole.P, null), new DrawCommand.BeginArtifact(),
                new DrawCommand.Text(SamplePages.Run("x", SamplePages.Latin), new Point(50, 50)))
            : Sample.Value;

        var contents = PdfStreams.All(pdf)
            .Where(s => s.IsFlate && Regex.IsMatch(s.Dictionary, @"obj\s*<<\s*(/Filter\s*/FlateDecode|/Length \d+)\s*(/Filter\s*/FlateDecode|/Length \d+)\s*>>\s*$"))
            .Select(s => Encoding.Latin1.GetString(PdfStreams.DecodeZlibStrict(s.Data)))
            .Where(t => Regex.IsMatch(t, @"\b(BDC|BMC)\b"))
            .ToList();

        // BT/ET and BMC|BDC/EMC must each nest properly and separately (PDF 32000-1, 14.6).
        Assert.NotEmpty(contents);
        foreach (var content in contents)
        {
            var inText = false;
            var marked = new Stack<bool>();
            foreach (Match op in Regex.Matches(content, @"\b(BT|ET|BDC|BMC|EMC)\b"))
            {
                switch (op.Value)
                {
                    case "BT": Assert.False(inText); inText = true; break;
                    case "ET": Assert.True(inText); inText = false; break;
                    case "EMC": Assert.Equal(marked.Pop(), inText); break;
                    default: marked.Push(inText); break;
                }
            }
            Assert.Empty(marked);
            Assert.False(inText);
        }
    }

    [Fact]
    public void Images_are_drawn_from_png_bytes()
    {
        var pdf = Write(
            new DrawCommand.BeginTag(StructureRole.Figure, "dot"),
            new DrawCommand.Image(SamplePages.TinyPng(), new Rect(100, 100, 20, 20)),
            new DrawCommand.EndTag());

        using var document = PdfDocument.Open(pdf);
        var image = Assert.Single(document.GetPage(1).GetImages());
        Assert.Equal(100, image.BoundingBox.Left, 1);
        Assert.Equal(841.89 - 120, image.BoundingBox.Bottom, 1);
        Assert.Equal(2, image.WidthInSamples);
    }

    private static string TrailerId(byte[] pdf)
    {
        var match = Regex.Match(Encoding.Latin1.GetString(pdf), @"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]");
        Assert.True(match.Success, "no trailer /ID");
        return match.Groups[1].Value;
    }

    private static string SubsetTags(byte[] pdf) =>
        string.Join(",", Regex.Matches(Encoding.Latin1.GetString(pdf), @"/BaseFont\s*/([A-Z]{6})\+").Select(m => m.Groups[1].Value).Distinct());
}
