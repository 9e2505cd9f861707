using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fonts;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Pdf;
using Briefing.Typesetting.Tests.Pdf;
using Briefing.Typesetting.Tests.Support;
using Briefing.Typesetting.Text;

namespace Briefing.Typesetting.Tests.Fonts;

// Inter (Debian fonts-inter, installed by .ci/setup) ships as CFF-flavoured OpenType (.otf); Noto Sans CJK
// (fonts-noto-cjk) as collections (.ttc) of CID-keyed CFF faces, one per region (JP, KR, SC, TC, HK).
public sealed class CffFontTests
{
    private const string NotoCjkRegular = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";

    private const string InterRegular = "/usr/share/fonts/opentype/inter/Inter-Regular.otf";
    private const string InterBold = "/usr/share/fonts/opentype/inter/Inter-Bold.otf";

    [Fact]
    public void An_otf_face_loads_with_its_metrics()
    {
        var face = FontLibrary.Load([InterRegular]).Faces.Single();

        Assert.Equal("Inter", face.FamilyName);
        Assert.Equal(400, face.Weight);
        Assert.True(face.HasGlyph('A'));
        Assert.True(face.GetAdvance('M') > 0.5);
    }

    [Fact]
    public void A_cff_face_is_embedded_as_a_cid_type_0c_subset_that_reads_back()
    {
        // Given
        var library = FontLibrary.Load([InterRegular, InterBold]);
        const string body = "Toward official talks, AVA and Yellowknife";
        const string heading = "Korea-Canada Summit";

        // When
        var pdf = ParagraphsPdf.Render(library,
            (heading, new TextStyle { FontFamily = "Inter", FontSize = 18, Weight = 700 }),
            (body, new TextStyle { FontFamily = "Inter", FontSize = 11 }));

        // Then: two CFF subsets, as CIDFontType0C, and the text as it was
        var fonts = PdfTools.PdfFonts(pdf).Output;
        Assert.Equal(2, fonts.Split('\n').Count(line => line.Contains("CID Type 0C", StringComparison.Ordinal) && line.Contains("+Inter-", StringComparison.Ordinal)));
        var text = PdfTools.PdfToText(pdf);
        Assert.Contains(heading, text, StringComparison.Ordinal);
        Assert.Contains(body, text, StringComparison.Ordinal);
        Assert.Equal(0, PdfTools.QpdfCheck(pdf).ExitCode);
    }

    [Fact]
    public void A_cff_subset_is_small()
    {
        var library = FontLibrary.Load([InterRegular]);

        var pdf = ParagraphsPdf.Render(library, ("A short line of text.", new TextStyle { FontFamily = "Inter", FontSize = 11 }));

        // Inter's whole CFF is about 300 KB; 14 glyphs are a few KB.
        Assert.InRange(pdf.Length, 1, 20_000);
    }

    [Fact]
    public void A_face_is_chosen_from_a_collection_by_its_family_name()
    {
        var library = FontLibrary.Load([NotoCjkRegular]);

        var face = library.FindFace("Noto Sans CJK KR", 400, italic: false);

        Assert.NotNull(face);
        Assert.Equal("Noto Sans CJK KR", face.FamilyName);
        Assert.Contains("Noto Sans CJK JP", library.Families);
        Assert.Empty(library.Skipped);
    }

    [Fact]
    public void A_cid_keyed_cff_face_from_a_collection_embeds_and_reads_back()
    {
        // Given
        var library = FontLibrary.Load([NotoCjkRegular]);
        const string text = "한국과 캐나다는 정상회담에서 국방 협력을 논의하였음 (APEC 2025)";

        // When
        var pdf = ParagraphsPdf.Render(library, (text, new TextStyle { FontFamily = "Noto Sans CJK KR", FontSize = 12 }));

        // Then
        var fonts = PdfTools.PdfFonts(pdf).Output;
        Assert.Contains("+NotoSansCJKkr-Regular", fonts, StringComparison.Ordinal);
        Assert.Contains("CID Type 0C", fonts, StringComparison.Ordinal);
        Assert.Equal(text, PdfTools.PdfToText(pdf).Trim());
        Assert.Equal(0, PdfTools.QpdfCheck(pdf).ExitCode);
        Assert.InRange(pdf.Length, 1, 60_000);
    }
}
