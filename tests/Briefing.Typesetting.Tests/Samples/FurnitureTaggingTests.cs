using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;
using Briefing.Typesetting.Pdf;
using Briefing.Typesetting.Tests.Support;
using Briefing.Typesetting.Text;
using L = Briefing.Typesetting.Fluent.Blocks;

namespace Briefing.Typesetting.Tests.Samples;

/// <summary>Page furniture built from ordinary (tagged) paragraphs stays out of the structure tree.</summary>
public class FurnitureTaggingTests(SampleFonts fonts) : IClassFixture<SampleFonts>
{
    [Fact]
    public void Tagged_paragraphs_inside_a_header_or_footer_are_not_in_the_struct_text_but_are_on_the_page()
    {
        // Given a header and footer made of paragraphs, which the typesetter tags P by default
        var style = new TextStyle { FontFamily = "Noto Sans, NanumGothic", FontSize = 9 };
        var pdf = new Document
        {
            Page = new PageSetup(new Size(420, 595), Thickness.All(30)),
            Header = _ => L.Column(c => c.Item(fonts.Typesetter.Paragraph("Running header 머리글", style)).Item(L.Line(0.5, Drawing.Color.Black))),
            Footer = p => fonts.Typesetter.Paragraph($"page {p.PageNumber} of {p.TotalPages}", style),
            Body = fonts.Typesetter.Paragraph("Body text 본문", style with { FontSize = 11 }),
            Metadata = new DocumentMetadata { Language = "ko-KR" },
        }.GeneratePdf();

        // When
        var tree = StructNode.Parse(PdfTools.PdfInfo(pdf, "-struct-text").Output);

        // Then
        Assert.Equal("Body text 본문", ExtractedText.Normalize(tree.Text));
        Assert.Equal(["Document", "P"], tree.Descendants().Skip(1).Select(n => n.Role));
        var page = ExtractedText.Normalize(PdfTools.PdfToText(pdf));
        Assert.Contains("Running header 머리글", page);
        Assert.Contains("page 1 of 1", page);
        Assert.Equal(0, PdfTools.QpdfCheck(pdf).ExitCode);
    }
}
