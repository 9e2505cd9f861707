using Briefing.Composition;
using Briefing.Localization;
using Briefing.Typesetting.Tests.Support;
using UglyToad.PdfPig;

namespace Briefing.Tests.Composition;

public sealed class SummitBriefRenderingTests(SummitRendering summit) : IClassFixture<SummitRendering>
{
    public static TheoryData<string> Languages => new() { "ko", "en", "fr" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_localized_text_of_the_brief_appears_in_the_pdf(string language)
    {
        // Given
        // (read without the page furniture, so that a paragraph crossing a page reads as one)
        var text = BriefTexts.Squeeze(WithoutFurniture(summit.Pdf(language), language));

        // When
        var missing = BriefTexts.All(summit.Brief, language).Where(field => !text.Contains(BriefTexts.Squeeze(field), StringComparison.Ordinal)).ToList();

        // Then
        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_fixed_words_appear_in_the_language(string language)
    {
        var text = PdfTools.PdfToText(summit.NeutralPdf(language));
        var strings = DocumentStrings.For(language);

        Assert.Contains(strings.DocumentKind, text);
        Assert.Contains(strings.SectionKeyFacts, text);
        Assert.Contains(strings.Status(Model.AgreementStatus.Concluded), text);
        Assert.Contains(strings.Status(Model.AgreementStatus.AgreedVerbally), text);
        Assert.Contains(strings.LabelRelated, text);
        Assert.Contains(summit.Brief.ProfileFor(language).DocumentDate(summit.Brief.Date), text.Replace('\n', ' '));
    }

    [Theory]
    [InlineData("ko", "가.", "나.")]
    [InlineData("en", "3.1", "3.2")]
    [InlineData("fr", "3.1", "3.2")]
    public void Agreements_are_numbered_as_the_language_numbers_subitems(string language, string first, string second)
    {
        var lines = PdfTools.PdfToText(summit.NeutralPdf(language)).Split('\n').Select(line => line.Trim()).ToList();
        var agreements = summit.Brief.Agreements;

        // The label stands alone or starts the title's line, depending on how pdftotext groups the two.
        Assert.Contains(lines, line => line == first || line.StartsWith($"{first} {agreements[0].Title.Get(language)}", StringComparison.Ordinal));
        Assert.Contains(lines, line => line == second || line.StartsWith($"{second} {agreements[1].Title.Get(language)}", StringComparison.Ordinal));
    }

    [Fact]
    public void No_korean_word_is_split_across_lines()
    {
        // Given: the source texts, whose words a break may separate only where they have a space
        var sources = BriefTexts.All(summit.Brief, "ko").Select(BriefTexts.Normalize).ToList();
        var lines = PdfTools.PdfToText(summit.Pdf("ko")).Split('\n');
        var splits = new List<string>();
        var examined = 0;

        // When: a line ends and the next begins with Hangul, the two words joined must not be one word of the source
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            var before = lines[i].TrimEnd();
            var after = lines[i + 1].TrimStart();
            if (before.Length == 0 || after.Length == 0 || !IsHangul(before[^1]) || !IsHangul(after[0]))
                continue;
            examined++;
            var lastWord = before[(before.LastIndexOf(' ') + 1)..];
            var firstWord = after.Split(' ')[0];
            if (sources.Any(source => source.Contains(lastWord + firstWord, StringComparison.Ordinal)))
                splits.Add($"{lastWord} | {firstWord}");
        }

        // Then
        Assert.True(examined >= 5, $"only {examined} line breaks between Hangul were found; the test would prove nothing");
        Assert.Empty(splits);
    }

    [Theory]
    [InlineData("ko", "ko-KR")]
    [InlineData("en", "en-CA")]
    [InlineData("fr", "fr-CA")]
    public void The_pdf_is_tagged_with_the_title_and_the_language(string language, string tag)
    {
        var pdf = summit.Pdf(language);

        Assert.Equal("yes", PdfTools.PdfInfoField(pdf, "Tagged"));
        Assert.Equal(summit.Brief.Title.Get(language), PdfTools.PdfInfoField(pdf, "Title"));
        Assert.Equal("brief", PdfTools.PdfInfoField(pdf, "Creator"));
        Assert.Contains($"/Lang({tag})", System.Text.Encoding.ASCII.GetString(pdf), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_creation_date_is_the_prepared_date_not_the_clock(string language)
    {
        var created = PdfTools.PdfInfoField(summit.Pdf(language), "CreationDate");

        Assert.Equal("Fri Oct 31 00:00:00 2025 UTC", created);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_outline_lists_the_numbered_sections_in_order(string language)
    {
        using var document = PdfDocument.Open(summit.NeutralPdf(language));

        Assert.True(document.TryGetBookmarks(out var bookmarks));
        var titles = bookmarks.GetNodes().Select(node => node.Title).ToList();
        Assert.Equal(BriefComposer.SectionTitles(summit.Brief, language), titles);
        Assert.Equal(9, titles.Count);
        Assert.StartsWith("1. ", titles[0], StringComparison.Ordinal);
        Assert.StartsWith("9. ", titles[^1], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Qpdf_finds_nothing_wrong(string language)
    {
        var check = PdfTools.QpdfCheck(summit.Pdf(language));

        Assert.Equal(0, check.ExitCode);
        Assert.DoesNotContain("WARNING", check.Output + check.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_font_is_an_embedded_subset_with_a_unicode_map(string language)
    {
        var rows = PdfTools.PdfFonts(summit.Pdf(language)).Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();

        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var columns = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // name type... encoding emb sub uni object-number generation
            Assert.Equal(["yes", "yes", "yes"], columns[^5..^2]);
            Assert.Matches("^[A-Z]{6}\\+", columns[0]);
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Rendering_twice_gives_identical_bytes(string language)
    {
        var again = summit.Renderer.Render(summit.Brief, language);

        Assert.Equal(summit.Pdf(language), again);
    }

    [Fact]
    public void One_renderer_renders_in_parallel_with_the_same_bytes()
    {
        var languages = new[] { "ko", "en", "ko", "en", "ko", "en" };
        var results = new byte[languages.Length][];

        Parallel.For(0, languages.Length, i => results[i] = summit.Renderer.Render(summit.Brief, languages[i]));

        for (var i = 0; i < languages.Length; i++)
            Assert.Equal(summit.Pdf(languages[i]), results[i]);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_page_carries_the_banner_at_top_and_bottom_and_its_page_number(string language)
    {
        var strings = DocumentStrings.For(language);
        var marking = strings.Classification(summit.Brief.Classification);
        // Raw order (content-stream order): pdftotext's default mode runs the footer's short words
        // "1 / 3 쪽" together, although they are separate words with spaces between them (see -bbox).
        var pages = RawText(summit.NeutralPdf(language)).Split('\f');
        var count = pages.Count(page => page.Trim().Length > 0);

        Assert.True(count >= 2, $"the summit brief should take more than one page, took {count}");
        for (var i = 0; i < count; i++)
        {
            var page = pages[i];
            Assert.StartsWith(marking, page.TrimStart(), StringComparison.Ordinal);
            Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(page, System.Text.RegularExpressions.Regex.Escape(marking)).Count);
            Assert.Contains(strings.PageOf(i + 1, count), page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_korean_footer_says_x_of_y_jjok()
    {
        var text = RawText(summit.NeutralPdf("ko"));

        Assert.Contains("1 / 3 쪽", text, StringComparison.Ordinal);
        Assert.Contains("3 / 3 쪽", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_running_title_is_on_every_page_but_the_first()
    {
        var pages = PdfTools.PdfToText(summit.NeutralPdf("en")).Split('\f');
        var kind = DocumentStrings.For("en").DocumentKind;

        // Page 1 shows the kind once, above the title; later pages in the running header.
        Assert.Contains(kind, pages[1], StringComparison.Ordinal);
        Assert.Contains(kind, pages[2], StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(pages[0], kind));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Questions_link_to_agreements_and_participants_inside_the_pdf(string language)
    {
        // The neutral note's cross-links (a briefing note refers to its annexes instead).
        var raw = System.Text.Encoding.Latin1.GetString(summit.NeutralPdf(language));

        Assert.Contains("agreement-classified-information", raw, StringComparison.Ordinal);
        Assert.Contains("participant-kim-nam-joon", raw, StringComparison.Ordinal);
        using var document = PdfDocument.Open(summit.NeutralPdf(language));
        var links = document.GetPages().SelectMany(page => page.GetAnnotations()).Count(a => a.Type == UglyToad.PdfPig.Annotations.AnnotationType.Link);
        // Five "Related" links; a link that wraps onto a second line gets one annotation per line; two per
        // entry of the contents (title and page) when the brief runs to four pages.
        var contents = document.NumberOfPages >= ContentsSection.MinimumPages ? 2 * BriefComposer.SectionTitles(summit.Brief, language).Count : 0;
        Assert.InRange(links - contents, 5, 10);
    }

    // Each page's text without the banner, running header and footer lines at its top and foot.
    private string WithoutFurniture(byte[] pdf, string language)
    {
        var brief = summit.Brief;
        var strings = brief.ProfileFor(language).Strings;
        var count = int.Parse(PdfTools.PdfInfoField(pdf, "Pages")!, System.Globalization.CultureInfo.InvariantCulture);
        var furniture = new HashSet<string>(StringComparer.Ordinal) { strings.Classification(brief.Classification), strings.DocumentKind, brief.Title.Get(language) };
        var text = new System.Text.StringBuilder();
        for (var page = 1; page <= count; page++)
        {
            furniture.Add(strings.PageOf(page, count));
            var lines = PdfTools.RunOnFile(pdf, "pdftotext", "-enc", "UTF-8", "-f", $"{page}", "-l", $"{page}", "{file}", "-").Output
                .Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).ToList();
            bool IsFurniture(string line) => furniture.Contains(line) || line.Contains(brief.Id, StringComparison.Ordinal);
            // Page 1 has no running header: the title block is there instead.
            while (page > 1 && lines.Count > 0 && IsFurniture(lines[0]))
                lines.RemoveAt(0);
            while (lines.Count > 0 && IsFurniture(lines[^1]))
                lines.RemoveAt(lines.Count - 1);
            text.AppendJoin('\n', lines).Append('\n');
        }

        return text.ToString();
    }

    private static string RawText(byte[] pdf) => PdfTools.RunOnFile(pdf, "pdftotext", "-raw", "-enc", "UTF-8", "{file}", "-").Output;

    private static bool IsHangul(char c) => c is >= '\uAC00' and <= '\uD7A3';
}
