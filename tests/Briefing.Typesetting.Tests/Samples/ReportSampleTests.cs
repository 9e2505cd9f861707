using System.Text.RegularExpressions;
using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Sample;
using Briefing.Typesetting.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Outline;

namespace Briefing.Typesetting.Tests.Samples;

/// <summary>Issue 3's sample: a tagged report of several pages, checked end to end.</summary>
public class ReportSampleTests : IClassFixture<SampleFonts>
{
    private readonly SampleFonts _fonts;
    private readonly Lazy<byte[]> _pdf;
    private readonly Lazy<StructNode> _tree;

    public ReportSampleTests(SampleFonts fonts)
    {
        _fonts = fonts;
        _pdf = new Lazy<byte[]>(Render);
        _tree = new Lazy<StructNode>(() => StructNode.Parse(PdfTools.PdfInfo(_pdf.Value, "-struct-text").Output));
    }

    private byte[] Render() => ReportSample.Build(_fonts.Typesetter).Document.GeneratePdf();

    private int PageCount => int.Parse(PdfTools.PdfInfoField(_pdf.Value, "Pages")!);

    private string PageText(int page) => PdfTools.RunOnFile(_pdf.Value, "pdftotext", "-enc", "UTF-8", "-f", $"{page}", "-l", $"{page}", "{file}", "-").Output;

    [Fact]
    public void The_report_runs_over_at_least_three_pages()
    {
        Assert.True(PageCount >= 3, $"{PageCount} pages");
    }

    [Fact]
    public void Qpdf_finds_no_errors_and_no_warnings()
    {
        PdfTools.AssertQpdfClean(_pdf.Value);
    }

    [Fact]
    public void Every_compressed_stream_is_strict_zlib_and_every_font_an_embedded_subset_with_a_unicode_map()
    {
        foreach (var stream in PdfStreams.All(_pdf.Value).Where(s => s.IsFlate))
            PdfStreams.DecodeZlibStrict(stream.Data);
        var rows = PdfTools.PdfFonts(_pdf.Value).Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Matches(@"^[A-Z]{6}\+.*\byes\s+yes\s+yes\s+\d+\s+0\s*$", row));
    }

    [Fact]
    public void Two_renders_are_byte_identical()
    {
        Assert.Equal(Render(), Render());
    }

    [Fact]
    public void One_document_laid_out_twice_gives_the_same_pdf()
    {
        // Given one element tree
        var document = ReportSample.Build(_fonts.Typesetter).Document;

        // When it is laid out and written twice
        var first = document.GeneratePdf();
        var second = document.GeneratePdf();

        // Then the second is not spent (blank) but the same, page for page
        Assert.Equal(PageCount, int.Parse(PdfTools.PdfInfoField(second, "Pages")!));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Pdfinfo_says_tagged_and_the_catalog_gives_the_document_language()
    {
        Assert.Equal("yes", PdfTools.PdfInfoField(_pdf.Value, "Tagged"));
        var root = PdfTools.RunOnFile(_pdf.Value, "qpdf", "--show-object=trailer", "{file}").Output;
        var catalog = PdfTools.RunOnFile(_pdf.Value, "qpdf", $"--show-object={Regex.Match(root, @"/Root (\d+ \d+) R").Groups[1].Value.Replace(' ', ',')}", "{file}").Output;
        Assert.Contains("/Lang (ko-KR)", catalog);
    }

    [Fact]
    public void The_struct_text_reads_every_heading_paragraph_list_item_and_cell_in_document_order()
    {
        var paragraphs = ReportSample.Build(_fonts.Typesetter).Paragraphs;
        var header = new HashSet<string>(ReportSample.TableHeader);

        // Leaf blocks in reading order (paragraphs, headings, list labels), without the header cells the
        // table repeats on every page.
        var blocks = _tree.Value.Descendants()
            .Where(n => n.Role is "P" or "H1" or "H2" || (n.Role == "Lbl" && n.OwnText.Count > 0))
            .Where(n => !header.Contains(n.Text.Trim()))
            .Select(n => n.Text);

        Assert.Equal(ExtractedText.Normalize(string.Join(" ", paragraphs)), ExtractedText.Normalize(string.Join(" ", blocks)));
    }

    [Fact]
    public void Headings_are_tagged_with_their_levels_in_order()
    {
        var headings = _tree.Value.Descendants().Where(n => n.Role is "H1" or "H2").Skip(1) // the title
            .Select(n => (ExtractedText.Normalize(n.Text), n.Role == "H1" ? 1 : 2)).ToList();

        Assert.Equal(ReportSample.Headings.Select(h => (h.Title, h.Level)).ToList(), headings);
    }

    [Fact]
    public void Header_and_footer_are_artifacts_outside_the_struct_text()
    {
        var text = _tree.Value.Text;

        Assert.DoesNotContain("UNCLASSIFIED", text);
        Assert.DoesNotContain("page 1 of", text);
        // ...though they are on the page.
        Assert.Contains("UNCLASSIFIED", PageText(1));
    }

    [Fact]
    public void The_table_crossing_pages_is_one_table_with_one_header_row_and_one_row_per_participant()
    {
        // The table spans pages (another test checks that) but is one structure element: the header
        // repeated on later pages is page furniture, and a row split across pages is one TR.
        var table = Assert.Single(_tree.Value.Descendants(), n => n.Role == "Table");

        Assert.All(table.Children, row => Assert.Equal("TR", row.Role));
        var first = table.Children[0];
        Assert.Equal(["TH", "TH", "TH"], first.Children.Select(c => c.Role));
        Assert.Equal(ReportSample.TableHeader, first.Children.Select(c => ExtractedText.Normalize(c.Text)));
        Assert.Equal(ReportSample.Participants.Count, table.Children.Count - 1);
        var dataCells = new List<string>();
        foreach (var row in table.Children.Skip(1))
        {
            Assert.Equal(["TD", "TD", "TD"], row.Children.Select(c => c.Role));
            dataCells.AddRange(row.Children.Select(c => ExtractedText.Normalize(c.Text)));
        }

        Assert.Equal(
            ExtractedText.Normalize(string.Join(" ", ReportSample.Participants.SelectMany(p => p))),
            ExtractedText.Normalize(string.Join(" ", dataCells)));
    }

    [Fact]
    public void The_header_row_is_on_every_page_the_table_spans()
    {
        var first = ReportSample.Participants[0][0];
        var last = ReportSample.Participants[^1][0];
        var pages = Enumerable.Range(1, PageCount).Select(PageText).ToList();
        var start = pages.FindIndex(p => p.Contains(first));
        var end = pages.FindIndex(p => p.Contains(last));

        Assert.True(start >= 0 && end > start, $"the table runs from page {start + 1} to {end + 1}");
        for (var i = start; i <= end; i++)
        {
            foreach (var title in ReportSample.TableHeader)
                Assert.Contains(title, ExtractedText.Normalize(pages[i]));
        }
    }

    [Fact]
    public void The_korean_list_is_tagged_list_item_label_and_body()
    {
        var list = Assert.Single(_tree.Value.Descendants(), n => n.Role == "L");

        Assert.Equal(ReportSample.ListItems.Count, list.Children.Count);
        for (var i = 0; i < list.Children.Count; i++)
        {
            var item = list.Children[i];
            Assert.Equal("LI", item.Role);
            Assert.Equal(["Lbl", "LBody"], item.Children.Select(c => c.Role));
            Assert.Equal(ReportSample.ListItems[i].Label, ExtractedText.Normalize(item.Children[0].Text));
            Assert.Equal(ReportSample.ListItems[i].Text, ExtractedText.Normalize(item.Children[1].Text));
        }
    }

    [Fact]
    public void The_outline_has_the_headings_with_their_levels_and_pages()
    {
        using var document = PdfDocument.Open(_pdf.Value);

        Assert.True(document.TryGetBookmarks(out var bookmarks));
        var flat = new List<(string, int)>();
        void Walk(BookmarkNode node)
        {
            flat.Add((node.Title, node.Level + 1));
            var page = Assert.IsType<DocumentBookmarkNode>(node).PageNumber;
            Assert.Contains(ExtractedText.Squeeze(node.Title), ExtractedText.Squeeze(PageText(page)));
            foreach (var child in node.Children)
                Walk(child);
        }
        foreach (var root in bookmarks.Roots)
            Walk(root);

        Assert.Equal(ReportSample.Headings.Select(h => (h.Title, h.Level)).ToList(), flat);
    }

    [Fact]
    public void Every_page_says_page_x_of_y()
    {
        var total = PageCount;

        for (var page = 1; page <= total; page++)
            Assert.Contains(ReportSample.FooterText(page, total), PageText(page));
    }

    [Fact]
    public void The_external_link_and_the_internal_link_go_where_they_should()
    {
        using var document = PdfDocument.Open(_pdf.Value);
        var annotations = document.GetPages().SelectMany(p => p.GetAnnotations().Select(a => (Page: p.Number, a.Action))).ToList();

        Assert.Contains(annotations, a => a.Action is UriAction u && u.Uri == ReportSample.Url);
        var internalLink = Assert.Single(annotations, a => a.Action is GoToAction);
        var destinationPage = ((GoToAction)internalLink.Action!).Destination.PageNumber;
        Assert.Contains(ReportSample.Headings[0].Title, ExtractedText.Normalize(PageText(destinationPage)));
        Assert.NotEqual(destinationPage, internalLink.Page);
    }

    [Fact]
    public void No_heading_ends_a_page_and_without_keep_with_next_one_would()
    {
        var kept = ReportSample.Build(_fonts.Typesetter).Document.LayOut();
        var free = ReportSample.Build(_fonts.Typesetter, keepHeadingsWithNext: false).Document.LayOut();

        Assert.Empty(StrandedHeadings(kept));
        Assert.NotEmpty(StrandedHeadings(free));
    }

    /// <summary>The pages (1-based) whose last body text belongs to a heading, the last page excepted.</summary>
    private static List<int> StrandedHeadings(IReadOnlyList<PageRecording> pages)
    {
        var stranded = new List<int>();
        for (var p = 0; p < pages.Count - 1; p++)
        {
            var roles = new Stack<StructureRole>();
            var artifact = 0;
            var lastInHeading = false;
            foreach (var command in pages[p].Commands)
            {
                switch (command)
                {
                    case DrawCommand.BeginTag b: roles.Push(b.Role); break;
                    case DrawCommand.EndTag: roles.Pop(); break;
                    case DrawCommand.BeginArtifact: artifact++; break;
                    case DrawCommand.EndArtifact: artifact--; break;
                    case DrawCommand.Text when artifact == 0:
                        lastInHeading = roles.Count > 0 && roles.Peek() is StructureRole.H1 or StructureRole.H2;
                        break;
                }
            }
            if (lastInHeading)
                stranded.Add(p + 1);
        }
        return stranded;
    }
}
