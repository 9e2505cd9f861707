using Briefing.Loading;
using Briefing.Model;
using Briefing.Rendering;
using Briefing.Tests.Samples;
using Briefing.Typesetting.Fonts;
using Briefing.Typesetting.Tests.Support;

namespace Briefing.Tests.Rendering;

public sealed class BriefRendererTests
{
    [Fact]
    public void The_brief_s_own_paper_is_used_unless_another_is_asked_for()
    {
        // Given: a brief that asks for nothing, so Korean gets A4 and English US Letter
        var brief = new BriefLoader().Load(SampleBriefs.Minimal, "minimal.yaml").Brief!;
        using var renderer = new BriefRenderer(DefaultFonts.Load());

        // When
        var korean = renderer.Render(brief, "ko");
        var english = renderer.Render(brief, "en");
        var koreanOnLetter = renderer.Render(brief, "ko", PaperSize.Letter);

        // Then
        Assert.Contains("(A4)", PdfTools.PdfInfoField(korean, "Page size"), StringComparison.Ordinal);
        Assert.Contains("(letter)", PdfTools.PdfInfoField(english, "Page size"), StringComparison.Ordinal);
        Assert.Contains("(letter)", PdfTools.PdfInfoField(koreanOnLetter, "Page size"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_pdf_starts_and_ends_like_a_pdf()
    {
        var brief = new BriefLoader().Load(SampleBriefs.Minimal, "minimal.yaml").Brief!;
        using var renderer = new BriefRenderer(DefaultFonts.Load());

        var pdf = renderer.Render(brief, "en");

        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
        Assert.Contains("%%EOF", System.Text.Encoding.ASCII.GetString(pdf[^8..]), StringComparison.Ordinal);
    }
}
