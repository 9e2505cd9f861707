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
