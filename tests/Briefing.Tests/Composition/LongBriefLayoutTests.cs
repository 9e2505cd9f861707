using Briefing.Composition.Frames;
using Briefing.Loading;
using Briefing.Model;
using Briefing.Rendering;
using Briefing.Tests.Samples;
using Briefing.Typesetting.Fonts;
using Briefing.Typesetting.Tests.Support;

namespace Briefing.Tests.Composition;

/// <summary>Long generated briefs: numbering past the short lists of the sample briefs, and where pages end.</summary>
public sealed class LongBriefLayoutTests
{
    [Fact]
    public void Korean_item_labels_continue_past_하_with_거_never_with_digits()
    {
        // Given twenty agreements and a single question
        var (yaml, _, _) = LongBriefs.Build(agreements: 20, questions: 1);

        // When
        var lines = Lines(PdfTools.PdfToText(Render(yaml, "ko")));

        // Then the agreements run 가. … 하. 거. … 버. and the lone question has no label at all
        Assert.Contains(lines, line => line.StartsWith("하. 합의 제목 14번", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("거. 합의 제목 15번", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("버. 합의 제목 20번", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.StartsWith("15.", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("질문 제목 1번?", StringComparison.Ordinal));
    }

    [Fact]
    public void An_english_list_of_one_item_keeps_its_number()
    {
        var (yaml, _, _) = LongBriefs.Build(agreements: 2, questions: 1);

        // The neutral note numbers items 3.1 (a briefing note lists its questions under Considerations, unnumbered).
        var text = PdfTools.PdfToText(Render(yaml, "en", FrameKind.Neutral));

        Assert.Contains("Question heading number 1?", text, StringComparison.Ordinal);
        Assert.Matches(@"\d\.1\s+Question heading number 1\?", text);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public void No_page_of_a_thirty_page_brief_ends_with_a_heading(string language)
    {
        // Given a brief of about thirty pages whose agreement and question bodies vary in length
        var (yaml, en, ko) = LongBriefs.Build(agreements: 80, questions: 80);
        var headings = language == "en" ? en : ko;
        var pdf = Render(yaml, language);
        var pageCount = int.Parse(PdfTools.PdfInfoField(pdf, "Pages")!, System.Globalization.CultureInfo.InvariantCulture);
        // (about thirty in the neutral note and the Korean report; a briefing note sets it a little denser)
        Assert.InRange(pageCount, 20, 45);

        // When each page is read back without its foot furniture (the footer names the brief's id and the
        // page; the banner says the classification)
        var pages = Enumerable.Range(1, pageCount)
            .Select(page => Lines(PdfTools.RunOnFile(pdf, "pdftotext", "-raw", "-enc", "UTF-8", "-f", $"{page}", "-l", $"{page}", "{file}", "-").Output))
            .Select(lines => lines.Where(line => !line.Contains("long-brief", StringComparison.Ordinal) && line is not ("UNCLASSIFIED" or "일반")
                && !line.Contains("UNCLASSIFIED / NON CLASSIFIÉ", StringComparison.Ordinal) && !System.Text.RegularExpressions.Regex.IsMatch(line, @"^Page \d+ of \d+")).ToList())
            .ToList();

        // Then the last line of every page but the last is body text, never a heading (label and title alone)
        var stranded = new List<string>();
        for (var i = 0; i < pageCount - 1; i++)
        {
            var last = pages[i][^1];
            if (headings.Any(h => System.Text.RegularExpressions.Regex.IsMatch(last, @"^(\S{1,6} )?" + System.Text.RegularExpressions.Regex.Escape(h) + "$")))
                stranded.Add($"page {i + 1}: {last}");
        }
        Assert.Empty(stranded);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public void No_page_ends_a_quarter_empty_before_a_heading_that_could_have_started_on_it(string language)
    {
        // Given the thirty-page brief, read back as lines with their positions (body only: no banner, header, footer)
        var (yaml, en, ko) = LongBriefs.Build(agreements: 80, questions: 80);
        var brief = new BriefLoader().Load(yaml, "long.yaml").Brief!;
        var headings = (language == "en" ? en : ko).Concat(Briefing.Composition.BriefComposer.SectionTitles(brief, language)).ToList();
        var pages = BodyLines(Render(yaml, language));
        var bodyTop = pages.Skip(1).Min(page => page[0].Top);
        var bodyBottom = pages.Max(page => page[^1].Bottom);
        var quarter = (bodyBottom - bodyTop) / 4;

        // When a page whose next page starts with a heading ends early
        var early = new List<string>();
        var checkedPages = 0;
        for (var i = 0; i < pages.Count - 1; i++)
        {
            var next = pages[i + 1];
            if (next.Count < 3 || !IsHeading(next[0].Text, headings))
                continue;
            checkedPages++;
            var gap = bodyBottom - pages[i][^1].Bottom;
            // What the heading and two lines after it take, with the space a heading keeps above it (22 pt between sections)
            var needs = next[2].Bottom - next[0].Top + 22;
            if (gap > quarter && needs <= gap)
                early.Add($"page {i + 1} ends {gap:0} pt early (a quarter is {quarter:0}); '{next[0].Text}' and two lines need {needs:0}");
        }

        // Then none did
        Assert.True(bodyBottom - bodyTop > 500, $"body {bodyTop:0}..{bodyBottom:0}");
        Assert.True(checkedPages >= 3, $"only {checkedPages} pages start with a heading: the test would prove little");
        Assert.Empty(early);
    }

    private static bool IsHeading(string line, IReadOnlyList<string> headings) =>
        headings.Any(h => line == h || System.Text.RegularExpressions.Regex.IsMatch(line, @"^\S{1,6} " + System.Text.RegularExpressions.Regex.Escape(h) + "$"));

    /// <summary>Each page's lines (words at one height joined), top to bottom, without page furniture.</summary>
    internal static List<List<(double Top, double Bottom, string Text)>> BodyLines(byte[] pdf)
    {
        var html = PdfTools.RunOnFile(pdf, "pdftotext", "-bbox-layout", "-enc", "UTF-8", "{file}", "-").Output;
        var pages = new List<List<(double Top, double Bottom, string Text)>>();
        foreach (var page in html.Split("<page ", StringSplitOptions.None).Skip(1))
        {
            var words = System.Text.RegularExpressions.Regex.Matches(page, "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"[\\d.]+\" yMax=\"([\\d.]+)\">([^<]*)</word>")
                .Select(m => (X: D(m.Groups[1].Value), Top: D(m.Groups[2].Value), Bottom: D(m.Groups[3].Value), Text: System.Net.WebUtility.HtmlDecode(m.Groups[4].Value)))
                .OrderBy(w => w.Bottom).ToList();
            var lines = new List<(double Top, double Bottom, List<(double X, string Text)> Words)>();
            foreach (var word in words)
            {
                // A word whose bottom is within 3 pt of a line's is on that line (a label and its title, a page number).
                if (lines.Count > 0 && Math.Abs(lines[^1].Bottom - word.Bottom) < 3)
                {
                    lines[^1].Words.Add((word.X, word.Text));
                    lines[^1] = (Math.Min(lines[^1].Top, word.Top), lines[^1].Bottom, lines[^1].Words);
                }
                else
                {
                    lines.Add((word.Top, word.Bottom, [(word.X, word.Text)]));
                }
            }

            pages.Add(lines.Select(l => (l.Top, l.Bottom, Text: string.Join(" ", l.Words.OrderBy(w => w.X).Select(w => w.Text)))).ToList());
        }

        // Furniture: the banner, the footer (it names the brief), and the running header (the same line at the same height on every page after the first).
        var header = pages.Skip(1).Select(p => p.Select(l => (Math.Round(l.Top), l.Text)).ToHashSet()).Aggregate((a, b) => { a.IntersectWith(b); return a; });
        return pages.Select(p => p.Where(l => l.Text is not ("UNCLASSIFIED" or "일반") && !l.Text.Contains("long-brief", StringComparison.Ordinal) && !header.Contains((Math.Round(l.Top), l.Text))).ToList()).ToList();

        static double D(string value) => double.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string[] Lines(string text) =>
        text.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).ToArray();

    internal static byte[] Render(string yaml, string language, FrameKind? frame = null)
    {
        var result = new BriefLoader().Load(yaml, "long.yaml");
        Assert.True(result.Brief is not null, string.Join("\n", result.Diagnostics));
        using var renderer = new BriefRenderer(DefaultFonts.Load());
        return renderer.Render(result.Brief!, language, frame: frame);
    }
}
