using Briefing.Composition;
using Briefing.Composition.Frames;
using Briefing.Loading;
using Briefing.Model;
using Briefing.Rendering;
using Briefing.Tests.Samples;
using Briefing.Typesetting.Fonts;
using Briefing.Typesetting.Tests.Support;
using UglyToad.PdfPig;

namespace Briefing.Tests.Composition;

public sealed class SampleBriefRenderingTests
{
    private const string TimelineAndBackgroundOnly = """
        format: brief/1
        id: sparse
        languages: [en, ko]
        classification: secret
        date: 2025-10-30
        title: { en: "Sparse brief", ko: "간단한 자료" }
        location: { en: "Ottawa", ko: "오타와" }
        prepared:
          on: 2025-10-31
        summary: { en: "Summary.", ko: "요약함" }
        timeline:
          - date: 2025-10-29
            event: { en: "Arrival", ko: "도착" }
        sections:
          - id: background
            title: { en: "Background", ko: "배경" }
            body: { en: "Some background.", ko: "배경 설명" }
        """;

    [Theory]
    [InlineData("en", new[] { "1. Summary", "2. Timeline", "3. Background" })]
    [InlineData("ko", new[] { "1. 요약", "2. 주요 일정", "3. 배경" })]
    public void Empty_optional_sections_are_left_out_and_the_numbering_stays_continuous(string language, string[] expected)
    {
        // Given
        var brief = Load(TimelineAndBackgroundOnly);

        // When
        var pdf = Render(brief, language);

        // Then
        using var document = PdfDocument.Open(pdf);
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        Assert.Equal(expected, bookmarks.GetNodes().Select(node => node.Title));
        Assert.Equal(expected, BriefComposer.SectionTitles(brief, language));
        var text = PdfTools.PdfToText(pdf);
        Assert.DoesNotContain(DocumentStrings(language).SectionParticipants, text, StringComparison.Ordinal);
        Assert.DoesNotContain(DocumentStrings(language).SectionSources, text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_smallest_brief_has_only_its_summary_section_and_one_page()
    {
        var brief = Load(SampleBriefs.Minimal);

        var pdf = Render(brief, "en");

        Assert.Equal(["1. Summary"], BriefComposer.SectionTitles(brief, "en"));
        Assert.Equal("1", PdfTools.PdfInfoField(pdf, "Pages"));
        Assert.Equal(0, PdfTools.QpdfCheck(pdf).ExitCode);
    }

    [Fact]
    public void The_banner_shows_the_level_in_each_language()
    {
        var brief = Load(TimelineAndBackgroundOnly);

        Assert.Contains("SECRET", PdfTools.PdfToText(Render(brief, "en")), StringComparison.Ordinal);
        Assert.Contains("Ⅱ급비밀", PdfTools.PdfToText(Render(brief, "ko")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_full_sample_renders_links_to_its_sources_and_letter_paper()
    {
        var brief = Load(SampleBriefs.Full);

        var pdf = Render(brief, "en");

        Assert.Contains("612 x 792", PdfTools.PdfInfoField(pdf, "Page size"), StringComparison.Ordinal);
        var raw = System.Text.Encoding.Latin1.GetString(pdf);
        Assert.Contains("https://example.org/statement", raw, StringComparison.Ordinal);
        Assert.Contains("mailto:press@example.org", raw, StringComparison.Ordinal);
        Assert.Contains("PROTECTED A", PdfTools.PdfToText(pdf), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public void A_section_heading_never_ends_a_page(string language)
    {
        // Given: the full sample, whose fourth heading fell at the foot of page 1 before its rule kept it company
        var brief = Load(SampleBriefs.Full);
        var footer = DocumentStrings(language).LabelPreparedOn;

        // When
        var pages = PdfTools.RunOnFile(Render(brief, language), "pdftotext", "-raw", "-enc", "UTF-8", "{file}", "-").Output.Split('\f');

        // Then: the line above each page's footer is not a heading
        var headings = BriefComposer.SectionTitles(brief, language);
        foreach (var page in pages.Where(p => p.Trim().Length > 0))
        {
            var lines = page.Split('\n');
            var footerLine = Array.FindLastIndex(lines, line => line.StartsWith(footer, StringComparison.Ordinal));
            Assert.True(footerLine > 0, "no footer found");
            Assert.DoesNotContain(lines[footerLine - 1].Trim(), headings);
        }
    }

    private static Briefing.Localization.DocumentStrings DocumentStrings(string language) => Briefing.Localization.DocumentStrings.For(language);

    private static Brief Load(string yaml)
    {
        var result = new BriefLoader().Load(yaml, "sparse.yaml");
        return result.Brief ?? throw new InvalidOperationException(string.Join("; ", result.Diagnostics));
    }

    // These tests are about the neutral note's look (its section order, footer and banner).
    private static byte[] Render(Brief brief, string language)
    {
        using var renderer = new BriefRenderer(DefaultFonts.Load());
        return renderer.Render(brief, language, frame: FrameKind.Neutral);
    }
}
