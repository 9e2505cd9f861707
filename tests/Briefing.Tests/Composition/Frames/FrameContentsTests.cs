using System.Globalization;
using System.Text.RegularExpressions;
using Briefing.Composition.Frames;
using Briefing.Localization.Profiles;
using Briefing.Testing;
using Briefing.Tests.Composition;
using Briefing.Typesetting.Tests.Support;

namespace Briefing.Tests.Composition.Frames;

/// <summary>
/// The contents in the readers' frames: a Korean report and a briefing note show them only when the brief asks
/// (<c>contents: on</c>, their papers being short by convention), and then every entry gives the page its heading
/// is on, and the contents are one TOC with a TOCI per entry.
/// </summary>
public sealed class FrameContentsTests
{
    private static readonly string Summit = File.ReadAllText(RepositoryRoot.Combine("briefs", "2025-10-30-korea-canada-summit.yaml"));

    [Theory]
    [InlineData("ko", FrameKind.KoreanReport)]
    [InlineData("en", FrameKind.BriefingNote)]
    [InlineData("fr", FrameKind.BriefingNote)]
    public void Contents_on_lists_every_heading_with_the_page_it_is_on(string language, FrameKind frame)
    {
        // Given the summit brief asking for contents, in a reader's frame
        var pdf = LongBriefLayoutTests.Render(WithContents("on"), language, frame);
        var pages = ContentsTests.Pages(pdf);

        // When the entries ("3. 합의 사항 2", "CURRENT STATUS 2") are read after the contents' title on page 1
        var title = LanguageProfiles.For(language).Strings.BundleContents;
        var start = pages[0].IndexOf(title);
        Assert.True(start >= 0, $"no '{title}' on page 1:\n{string.Join("\n", pages[0])}");
        var entries = pages[0].Skip(start + 1)
            .Select(line => Regex.Match(line, @"^(.+?) (\d+)$"))
            .TakeWhile(match => match.Success)
            .Select(match => (Heading: match.Groups[1].Value, Page: int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture)))
            .ToList();

        // Then there are entries, each heading is on the page its entry names, and the contents are one TOC
        Assert.True(entries.Count >= 4, $"{entries.Count} entries:\n{string.Join("\n", pages[0])}");
        var wrong = entries.Where(e => e.Page < 1 || e.Page > pages.Count || !pages[e.Page - 1].Contains(e.Heading))
            .Select(e => $"{e.Heading}: contents say {e.Page}, it is on {pages.FindIndex(lines => lines.Contains(e.Heading)) + 1}")
            .ToList();
        Assert.Empty(wrong);
        var tree = PdfTools.PdfInfo(pdf, "-struct").Output;
        Assert.Single(Regex.Matches(tree, @"^\s*TOC$", RegexOptions.Multiline));
        Assert.Equal(entries.Count, Regex.Matches(tree, @"^\s*TOCI$", RegexOptions.Multiline).Count);
        Assert.Equal(0, PdfTools.QpdfCheck(pdf).ExitCode);
    }

    [Theory]
    [InlineData("ko", FrameKind.KoreanReport, "auto")]
    [InlineData("ko", FrameKind.KoreanReport, "off")]
    [InlineData("en", FrameKind.BriefingNote, "auto")]
    [InlineData("fr", FrameKind.BriefingNote, "off")]
    public void A_report_or_a_note_has_no_contents_unless_asked(string language, FrameKind frame, string mode)
    {
        var tree = PdfTools.PdfInfo(LongBriefLayoutTests.Render(WithContents(mode), language, frame), "-struct").Output;

        Assert.DoesNotMatch(@"^\s*TOC$", tree);
    }

    private static string WithContents(string mode) =>
        Regex.Replace(Summit, @"^classification: (.*)$", $"classification: $1\ncontents: {mode}", RegexOptions.Multiline);
}
