using Briefing.Composition.Frames;
using System.Globalization;
using System.Text.RegularExpressions;
using Briefing.Composition;
using Briefing.Loading;
using Briefing.Tests.Samples;
using Briefing.Typesetting.Tests.Support;

namespace Briefing.Tests.Composition;

/// <summary>
/// The contents of a brief of four pages or more, and the page numbers of its related references: read
/// back from the PDF, every number is the page its section or agreement is on.
/// </summary>
public sealed class ContentsTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public void The_contents_give_the_page_each_section_starts_on_and_are_tagged_as_a_toc(string language)
    {
        // Given a brief of several pages (the contents are on by default)
        var (yaml, _, _) = LongBriefs.Build(agreements: 14, questions: 14);
        var brief = new BriefLoader().Load(yaml, "long.yaml").Brief!;
        var pdf = LongBriefLayoutTests.Render(yaml, language, FrameKind.Neutral);
        var pages = Pages(pdf);
        Assert.InRange(pages.Count, 4, 12);

        // When the contents entries ("3. Agreements 2") are read from page 1 and each heading found on its page
        var titles = BriefComposer.SectionTitles(brief, language);
        var wrong = new List<string>();
        foreach (var title in titles)
        {
            var entry = pages[0].Select(line => Regex.Match(line, "^" + Regex.Escape(title) + @" (\d+)$")).FirstOrDefault(m => m.Success);
            Assert.True(entry is not null, $"no contents entry for {title}:\n{string.Join("\n", pages[0])}");
            var listed = int.Parse(entry.Groups[1].Value, CultureInfo.InvariantCulture);
            var actual = pages.FindIndex(lines => lines.Contains(title)) + 1;
            if (listed != actual)
                wrong.Add($"{title}: contents say {listed}, it starts on {actual}");
        }

        // Then every number is right, and the contents are a TOC with one TOCI per section
        Assert.Empty(wrong);
        var tree = PdfTools.PdfInfo(pdf, "-struct").Output;
        Assert.Single(Regex.Matches(tree, @"^\s*TOC$", RegexOptions.Multiline));
        Assert.Equal(titles.Count, Regex.Matches(tree, @"^\s*TOCI$", RegexOptions.Multiline).Count);
    }

    [Theory]
    [InlineData("en", @"Agreement heading number (\d+) \(2\.\1, p\.\s?(\d+)\)")]
    [InlineData("ko", @"합의 제목 (\d+)번\(2-\S+, (\d+)쪽\)")]
    public void Related_references_give_the_page_of_the_agreement_they_name(string language, string pattern)
    {
        // Given questions that each name an agreement
        var (yaml, en, ko) = LongBriefs.Build(agreements: 14, questions: 14);
        var headings = language == "en" ? en : ko;
        var pages = Pages(LongBriefLayoutTests.Render(yaml, language, FrameKind.Neutral));

        // When each reference "(2.4, p. 3)" (agreements are section 2) is read back (lines joined: a reference may wrap)
        var text = string.Join(" ", pages.SelectMany(lines => lines)).Replace('\u00A0', ' ');
        var references = Regex.Matches(text, pattern);

        // Then there is one per question, and each names the page the agreement's heading is on
        Assert.True(references.Count == 14, $"{references.Count} references in:\n{text}");
        foreach (Match reference in references)
        {
            var agreement = int.Parse(reference.Groups[1].Value, CultureInfo.InvariantCulture);
            var heading = headings[agreement - 1];
            var page = pages.FindIndex(lines => lines.Any(line => Regex.IsMatch(line, @"^(\S{1,6} )?" + Regex.Escape(heading) + "$"))) + 1;
            Assert.Equal(page, int.Parse(reference.Groups[2].Value, CultureInfo.InvariantCulture));
        }
    }

    [Theory]
    [InlineData("off", 14, false)]
    [InlineData("on", 1, true)]
    [InlineData("auto", 1, false)]
    public void The_contents_key_turns_the_contents_off_or_forces_them(string mode, int agreements, bool expected)
    {
        var (yaml, _, _) = LongBriefs.Build(agreements: agreements, questions: 1);
        yaml = yaml.Replace("classification: unclassified", $"classification: unclassified\ncontents: {mode}", StringComparison.Ordinal);

        var tree = PdfTools.PdfInfo(LongBriefLayoutTests.Render(yaml, "en", FrameKind.Neutral), "-struct").Output;

        Assert.Equal(expected, Regex.IsMatch(tree, @"^\s*TOC$", RegexOptions.Multiline));
    }

    [Fact]
    public void An_unknown_contents_mode_is_an_error_at_its_place()
    {
        var (yaml, _, _) = LongBriefs.Build(agreements: 1, questions: 1);
        yaml = yaml.Replace("classification: unclassified", "classification: unclassified\ncontents: always", StringComparison.Ordinal);

        var result = new BriefLoader().Load(yaml, "long.yaml");

        Assert.Contains(result.Diagnostics, d => d.ToString().Contains("long.yaml:5:11", StringComparison.Ordinal));
    }

    /// <summary>Each page's lines (pdftotext -raw), without the foot furniture.</summary>
    internal static List<List<string>> Pages(byte[] pdf)
    {
        var count = int.Parse(PdfTools.PdfInfoField(pdf, "Pages")!, CultureInfo.InvariantCulture);
        return Enumerable.Range(1, count)
            .Select(page => PdfTools.RunOnFile(pdf, "pdftotext", "-raw", "-enc", "UTF-8", "-f", $"{page}", "-l", $"{page}", "{file}", "-").Output
                .Split('\n').Select(line => line.Trim())
                .Where(line => line.Length > 0 && !line.Contains("long-brief", StringComparison.Ordinal) && line is not ("UNCLASSIFIED" or "일반"))
                .ToList())
            .ToList();
    }
}
