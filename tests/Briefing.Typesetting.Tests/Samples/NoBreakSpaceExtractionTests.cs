using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;
using Briefing.Typesetting.Pdf;
using Briefing.Typesetting.Tests.Support;
using Briefing.Typesetting.Text;
using UglyToad.PdfPig;
using L = Briefing.Typesetting.Fluent.Blocks;

namespace Briefing.Typesetting.Tests.Samples;

/// <summary>
/// French sets U+00A0 and U+202F beside its punctuation; fonts draw both with the space's glyph. Copy and
/// paste must still give them back, so each character that shares a glyph gets a CID (and a ToUnicode entry)
/// of its own.
/// </summary>
public class NoBreakSpaceExtractionTests(SampleFonts fonts) : IClassFixture<SampleFonts>
{
    private const string French = "Note\u00A0: «\u00A0oui\u00A0» et vraiment\u202F? Oui, 1\u202F200 et 3\u00A0400.";

    private byte[] Render(string text, string family = "Noto Sans, NanumGothic") => new Document
    {
        Page = new PageSetup(new Size(400, 200), Thickness.All(20)),
        Body = L.Column(c => c.Item(fonts.Typesetter.Paragraph(text, new TextStyle { FontFamily = family, FontSize = 10 }, new ParagraphStyle()))),
        Metadata = new DocumentMetadata { Language = "fr-CA" },
    }.GeneratePdf();

    [Theory]
    [InlineData("Noto Sans, NanumGothic")]
    [InlineData("NanumGothic, Noto Sans")]
    public void The_unicode_map_gives_back_the_no_break_and_narrow_no_break_spaces(string family)
    {
        // pdftotext (poppler) turns every space-like character into U+0020 itself, whatever the map says;
        // PdfPig reports each glyph's ToUnicode text as it is.
        var pdf = Render(French, family);
        using var document = PdfDocument.Open(pdf);
        var letters = string.Concat(document.GetPage(1).Letters.Select(l => l.Value));

        Assert.Equal(French.Replace(" ", string.Empty, StringComparison.Ordinal), letters.Replace(" ", string.Empty, StringComparison.Ordinal));
        Assert.Equal(French.Count(c => c == ' '), letters.Count(c => c == ' '));
    }

    [Fact]
    public void A_font_that_draws_the_no_break_space_with_the_space_glyph_gets_a_cid_to_glyph_map()
    {
        // NanumGothic maps U+00A0 to its space glyph (Noto Sans has a glyph of its own).
        var pdf = System.Text.Encoding.Latin1.GetString(Render(French, "NanumGothic, Noto Sans"));

        Assert.Matches(@"/CIDToGIDMap \d+ 0 R", pdf);
    }

    [Fact]
    public void A_plain_text_still_maps_cids_to_glyphs_by_identity()
    {
        var pdf = System.Text.Encoding.Latin1.GetString(Render("Plain text without shared glyphs."));

        Assert.Contains("/CIDToGIDMap/Identity", pdf);
    }

    [Fact]
    public void The_file_stays_clean_under_qpdf()
    {
        var check = PdfTools.QpdfCheck(Render(French));

        Assert.True(check.ExitCode == 0 && !(check.Output + check.Error).Contains("WARNING", StringComparison.Ordinal), check.Output + check.Error);
    }
}
