using Briefing.Typesetting.Tests.Support;

namespace Briefing.Tests.Outside;

/// <summary>
/// What the outside checks found in the stress briefs, each pinned down where it was seen: the page, the
/// frame and the line as poppler reads it back.
/// </summary>
public sealed class OutsideFindingsTests(OutsideRenders renders) : IClassFixture<OutsideRenders>
{
    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("ko+en")]
    public void A_title_longer_than_a_line_runs_in_the_header_as_one_line_cut_with_an_ellipsis(string edition)
    {
        // Given the odd brief, whose title takes three lines on its first page (the layout failed with
        // "the header grew taller than the space reserved for it", BRF903, in the neutral frame)
        var pdf = renders.Pdf("odd", edition, "neutral");

        // When page 2 is read back
        var lines = PdfTools.RunOnFile(pdf, "pdftotext", "-f", "2", "-l", "2", "-enc", "UTF-8", "{file}", "-").Output
            .Split('\n').Select(l => l.Trim()).ToList();

        // Then its header holds the title's first words, cut after a whole word with an ellipsis, on one line
        var start = edition == "fr" ? "Consultations de travail" : "Working-level consultations";
        var running = Assert.Single(lines, l => l.StartsWith(start, StringComparison.Ordinal));
        Assert.EndsWith("\u2026", running, StringComparison.Ordinal);
        Assert.DoesNotContain(" \u2026", running, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_item_label_of_two_digits_stays_on_the_line_of_its_title()
    {
        // The English report numbers agreements 3.1 … 3.14; "3.10" wrapped to "3.1" over "0" in its label column.
        var text = PdfTools.PdfToText(renders.Pdf("long", "en", "report"));

        Assert.Contains("\n3.10 Arrangement 10 on cooperation in Arctic research and polar\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_section_number_of_two_digits_keeps_its_space_before_the_title()
    {
        // "10." filled the label column and touched its title: poppler read "10.제9작업반".
        var text = PdfTools.PdfToText(renders.Pdf("long", "ko", "report"));

        Assert.Contains("\n10. 제9작업반: 인적 교류 및 청년 이동성\n", text, StringComparison.Ordinal);
    }
}
