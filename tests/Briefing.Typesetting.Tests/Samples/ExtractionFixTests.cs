using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;
using Briefing.Typesetting.Pdf;
using Briefing.Typesetting.Tests.Support;
using Briefing.Typesetting.Text;
using UglyToad.PdfPig;
using L = Briefing.Typesetting.Fluent.Blocks;

namespace Briefing.Typesetting.Tests.Samples;

/// <summary>Text extraction across line breaks and around links, through the real fonts and the PDF writer.</summary>
public class ExtractionFixTests(SampleFonts fonts) : IClassFixture<SampleFonts>
{
    private static readonly TextStyle Style = new() { FontFamily = "Noto Sans, NanumGothic", FontSize = 10 };

    private const string English = "Canada and Korea signed the agreement. ";
    private const string Korean = "한국과 캐나다는 협정에 서명하였음 한국과 캐나다는 협정에 서명하였음";

    private byte[] Render(TextAlignment alignment, double width, Action<ParagraphDescriptor> build) => new Document
    {
        Page = new PageSetup(new Size(width + 40, 400), Thickness.All(20)),
        Body = L.Column(c => c.Item(fonts.Typesetter.Paragraph(Style, new ParagraphStyle { Alignment = alignment }, build))),
        Metadata = new DocumentMetadata { Language = "ko-KR" },
    }.GeneratePdf();

    [Theory]
    [InlineData(TextAlignment.Left)]
    [InlineData(TextAlignment.Justify)]
    [InlineData(TextAlignment.Right)]
    [InlineData(TextAlignment.Center)]
    public void A_paragraph_broken_at_spaces_reads_back_with_a_space_at_every_break(TextAlignment alignment)
    {
        // Given: a narrow column, so the paragraph breaks several times, once between English and Korean
        var pdf = Render(alignment, 150, p => p.Span(English).Span(Korean));

        // When
        var tree = StructNode.Parse(PdfTools.PdfInfo(pdf, "-struct-text").Output);
        using var document = PdfDocument.Open(pdf);
        var lines = document.GetPage(1).GetWords().GroupBy(w => Math.Round(w.BoundingBox.Bottom)).Count();

        // Then
        Assert.True(lines >= 4, $"expected several lines, got {lines}");
        var paragraph = Assert.Single(tree.Descendants(), n => n.Role == "P");
        Assert.Equal(ExtractedText.Normalize(English + Korean), ExtractedText.Normalize(paragraph.Text));
        Assert.Equal(ExtractedText.Normalize(English + Korean), ExtractedText.Normalize(PdfTools.PdfToText(pdf)));
    }

    [Theory]
    [InlineData(TextAlignment.Justify)]
    [InlineData(TextAlignment.Right)]
    public void The_kept_space_does_not_move_the_right_edge_of_justified_or_right_aligned_lines(TextAlignment alignment)
    {
        // Given
        var pdf = Render(alignment, 150, p => p.Span(English).Span(Korean));

        // When: the right edge of the last visible glyph of each line
        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        var rightEdges = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value))
            .GroupBy(l => Math.Round(l.StartBaseLine.Y, 1))
            .OrderByDescending(g => g.Key)
            .Select(g => g.Max(l => l.EndBaseLine.X))
            .ToList();

        // Then: every line but the last ends at the right margin (170 pt), within rounding
        Assert.True(rightEdges.Count >= 4);
        foreach (var edge in alignment == TextAlignment.Right ? rightEdges : rightEdges.SkipLast(1))
            Assert.Equal(170, edge, 1);
    }

    [Fact]
    public void A_link_element_holds_its_own_text_and_not_the_text_after_it()
    {
        var pdf = Render(TextAlignment.Left, 400, p => p
            .Span("See ")
            .Link("the statement", new LinkTarget.External("https://example.org/s"))
            .Span(" for details."));

        var tree = StructNode.Parse(PdfTools.PdfInfo(pdf, "-struct-text").Output);

        var link = Assert.Single(tree.Descendants(), n => n.Role == "Link");
        Assert.Equal("the statement", link.Text.Trim());
        var paragraph = Assert.Single(tree.Descendants(), n => n.Role == "P");
        Assert.Equal("See the statement for details.", ExtractedText.Normalize(paragraph.Text));
    }
}
