using Briefing.Composition.Frames;
using Briefing.Composition.Frames.Report;
using Briefing.Loading;
using Briefing.Model;
using Briefing.Tests.Samples;
using Briefing.Tests.Shared;
using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Tests.Samples;
using Briefing.Typesetting.Tests.Support;
using UglyToad.PdfPig;

namespace Briefing.Tests.Composition.Frames;

/// <summary>
/// Every frame in every language (ko, en, fr): the usual PDF checks, and what the Korean report frame promises a
/// Korean desk officer (issue 14): □ ○ markers and keyword leads, <c>- 1 -</c> centred, no band on an unclassified
/// paper and a red marking on a classified one, Myeongjo body and Gothic headings at 160%, statuses as words,
/// links that look like text, a 우리 측 | 상대 측 table, a ※ 출처 line and a genre label that fits the paper.
/// </summary>
public sealed class FrameTests(FrameRendering frames) : IClassFixture<FrameRendering>
{
    private static readonly Color Red = ReportStyles.MarkingRed;

    [Theory]
    [MemberData(nameof(FrameRendering.EveryFrameAndLanguage), MemberType = typeof(FrameRendering))]
    public void Every_frame_renders_every_language_as_a_sound_tagged_pdf(FrameKind frame, string language)
    {
        // Given
        var pdf = frames.Pdf(frame, language);

        // Then: qpdf finds nothing wrong, the document is tagged in its language with bookmarks
        PdfTools.AssertQpdfClean(pdf);
        Assert.Equal("yes", PdfTools.PdfInfoField(pdf, "Tagged"));
        Assert.Contains($"/Lang({frames.Brief.ProfileFor(language).Tag})", System.Text.Encoding.ASCII.GetString(pdf), StringComparison.Ordinal);
        using var document = PdfDocument.Open(pdf);
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        Assert.True(bookmarks.GetNodes().Count() >= 5);
        // and one structure tree holds it all
        var tree = StructNode.Parse(PdfTools.PdfInfo(pdf, "-struct-text").Output);
        Assert.Single(tree.Children);
    }

    [Theory]
    [MemberData(nameof(FrameRendering.EveryFrameAndLanguage), MemberType = typeof(FrameRendering))]
    public void Every_frame_embeds_subset_fonts_with_unicode_maps_and_renders_the_same_bytes_twice(FrameKind frame, string language)
    {
        var pdf = frames.Pdf(frame, language);

        var rows = PdfTools.PdfFonts(pdf).Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var columns = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(["yes", "yes", "yes"], columns[^5..^2]);
            Assert.Matches("^[A-Z]{6}\\+", columns[0]);
        }

        Assert.Equal(pdf, frames.Renderer.Render(frames.Brief, language, frame: frame));
    }

    [Theory]
    [MemberData(nameof(FrameRendering.EveryFrameAndLanguage), MemberType = typeof(FrameRendering))]
    public void Every_frame_loses_no_text_of_the_brief(FrameKind frame, string language)
    {
        var text = PdfTools.PdfToText(frames.Pdf(frame, language));

        Assert.Empty(NothingLost.Check(text, BriefTexts.All(frames.Brief, language, frame), inOrder: false));
    }

    [Theory]
    [InlineData("ko")]
    [InlineData("en")]
    [InlineData("fr")]
    public void The_report_marks_points_with_squares_and_sub_points_with_circles(string language)
    {
        var text = PdfTools.PdfToText(frames.Pdf(FrameKind.KoreanReport, language));
        var neutral = PdfTools.PdfToText(frames.Pdf(FrameKind.Neutral, language));

        Assert.Contains(ReportMarkers.Square + " ", text, StringComparison.Ordinal);
        Assert.Contains(ReportMarkers.Circle + " ", text, StringComparison.Ordinal);
        Assert.Contains(ReportMarkers.Note + " ", text, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportMarkers.Square, neutral, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ko", "(군사비밀정보보호협정) 양 정상은")]
    [InlineData("en", "(Classified information) the two leaders")]
    [InlineData("fr", "(Renseignements classifiés) les deux dirigeants")]
    public void A_bold_lead_in_becomes_a_keyword_lead(string language, string expected)
    {
        var text = BriefTexts.Normalize(PdfTools.PdfToText(frames.Pdf(FrameKind.KoreanReport, language)).Replace('\n', ' '));

        Assert.Contains(expected, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ko")]
    [InlineData("en")]
    public void The_report_numbers_its_pages_with_dashes_centred_and_without_a_count(string language)
    {
        var pdf = frames.Pdf(FrameKind.KoreanReport, language);
        using var document = PdfDocument.Open(pdf);

        Assert.True(document.NumberOfPages >= 2);
        foreach (var page in document.GetPages())
        {
            // The last line of the page is its number: "- 2 -", centred within a point.
            var bottom = page.GetWords().Where(w => w.BoundingBox.Bottom < 60).ToList();
            Assert.Equal($"- {page.Number} -", string.Join(' ', bottom.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)));
            var centre = (bottom.Min(w => w.BoundingBox.Left) + bottom.Max(w => w.BoundingBox.Right)) / 2;
            Assert.InRange(centre, page.Width / 2 - 1, page.Width / 2 + 1);
        }

        Assert.DoesNotContain(frames.Brief.ProfileFor(language).Strings.PageOf(1, document.NumberOfPages), PdfTools.PdfToText(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclassified_report_has_no_band_and_no_marking()
    {
        // Given the summit brief, unclassified, whose neutral note wears a green 일반 band
        var marking = frames.Brief.ProfileFor("ko").ClassificationName(Classification.Unclassified);
        Assert.Contains(marking, PdfTools.PdfToText(frames.Pdf(FrameKind.Neutral, "ko")), StringComparison.Ordinal);

        // When
        var pages = frames.Pages(FrameKind.KoreanReport, "ko");

        // Then no page shows the word, and nothing is filled but table header shading
        Assert.DoesNotContain(marking, PdfTools.PdfToText(frames.Pdf(FrameKind.KoreanReport, "ko")), StringComparison.Ordinal);
        var fills = pages.SelectMany(p => p.Commands).OfType<DrawCommand.FillRectangle>().Select(f => f.Color).Distinct().ToList();
        Assert.All(fills, colour => Assert.Equal(ReportStyles.HeaderShade, colour));
    }

    [Fact]
    public void A_classified_report_shows_its_marking_in_red_at_the_top_and_bottom_centre_of_every_page()
    {
        // Given a brief marked protected-a, 대외비 in Korean
        var brief = new BriefLoader().Load(SampleBriefs.Full, "full.yaml").Brief!;
        var marking = brief.ProfileFor("ko").ClassificationName(brief.Classification);
        Assert.Equal("대외비", marking);

        // When
        var pages = frames.Pages(brief, "ko", FrameKind.KoreanReport);

        // Then each page draws it twice, in red, centred, once near the top and once near the bottom
        foreach (var page in pages)
        {
            var runs = page.Commands.OfType<DrawCommand.Text>().Where(t => t.Run.Text == marking).ToList();
            Assert.Equal(2, runs.Count);
            Assert.All(runs, t => Assert.Equal(Red, t.Run.Color));
            Assert.All(runs, t => Assert.InRange(t.Baseline.X + t.Run.Width / 2, page.Size.Width / 2 - 1, page.Size.Width / 2 + 1));
            Assert.True(runs.Min(t => t.Baseline.Y) < 60, "no marking at the top");
            Assert.True(runs.Max(t => t.Baseline.Y) > page.Size.Height - 60, "no marking at the bottom");
            // each in a red frame that hugs the word, as a stamp does
            var frames = page.Commands.OfType<DrawCommand.StrokeRectangle>().Where(r => r.Color == Red).ToList();
            Assert.Equal(2, frames.Count);
            Assert.All(frames, r => Assert.InRange(r.Rect.Width, runs[0].Run.Width, runs[0].Run.Width + 24));
        }

        // and the PDF reads it back
        Assert.Contains(marking, PdfTools.PdfToText(frames.Renderer.Render(brief, "ko", frame: FrameKind.KoreanReport)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_sets_its_body_in_myeongjo_and_its_headings_in_gothic_at_160_percent()
    {
        var pages = frames.Pages(FrameKind.KoreanReport, "ko");
        var runs = pages.SelectMany(p => p.Commands).OfType<DrawCommand.Text>().ToList();

        // Body points (13 pt) are Myeongjo; section headings (15 pt) are Gothic
        var body = runs.Where(t => t.Run.FontSize == 13 && t.Run.Text.Any(c => c is >= '\uAC00' and <= '\uD7A3')).ToList();
        Assert.NotEmpty(body);
        Assert.All(body, t => Assert.Equal("NanumMyeongjo", t.Run.Face.FamilyName));
        var headings = runs.Where(t => t.Run.FontSize == 15).ToList();
        Assert.NotEmpty(headings);
        Assert.All(headings, t => Assert.Equal("NanumGothic", t.Run.Face.FamilyName));
        // Lines of one point lie 13 × 1.6 = 20.8 pt apart: the closest two body baselines on a page are that far
        var gaps = pages
            .Select(p => p.Commands.OfType<DrawCommand.Text>().Where(t => t.Run.FontSize == 13).Select(t => t.Baseline.Y).Distinct().Order().ToList())
            .SelectMany(ys => ys.Zip(ys.Skip(1), (a, b) => b - a))
            .Where(gap => gap > 1)
            .ToList();
        Assert.Equal(20.8, gaps.Min(), 2);
        // and the PDF embeds Myeongjo
        Assert.Contains("NanumMyeongjo", PdfTools.PdfFonts(frames.Pdf(FrameKind.KoreanReport, "ko")).Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_is_black_on_white_with_statuses_as_words_and_links_that_look_like_text()
    {
        var pages = frames.Pages(FrameKind.KoreanReport, "ko");
        var commands = pages.SelectMany(p => p.Commands).ToList();
        var text = PdfTools.PdfToText(frames.Pdf(FrameKind.KoreanReport, "ko"));

        Assert.All(commands.OfType<DrawCommand.Text>(), t => Assert.Equal(ReportStyles.Ink, t.Run.Color));
        Assert.All(commands.OfType<DrawCommand.Text>(), t => Assert.False(t.Run.Underline, t.Run.Text));
        Assert.Contains("(협상 타결, 서명 여부 미보도)", BriefTexts.Normalize(text.Replace('\n', ' ')), StringComparison.Ordinal);
        Assert.Contains("(구두 합의)", text, StringComparison.Ordinal);
        // The cross-references are still links inside the PDF
        Assert.Contains(commands, c => c is DrawCommand.Link { Target: LinkTarget.Internal });
    }

    [Fact]
    public void The_report_lists_people_in_a_two_column_table_our_side_first()
    {
        var tree = StructNode.Parse(PdfTools.PdfInfo(frames.Pdf(FrameKind.KoreanReport, "ko"), "-struct-text").Output);

        var table = Assert.Single(tree.Descendants(), n => n.Role == "Table");
        var header = table.Children[0];
        Assert.Equal(["TH", "TH"], header.Children.Select(c => c.Role));
        Assert.StartsWith("우리 측", header.Children[0].Text.Trim(), StringComparison.Ordinal);
        Assert.Contains("대한민국", header.Children[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("상대 측", header.Children[1].Text.Trim(), StringComparison.Ordinal);
        Assert.Contains("캐나다", header.Children[1].Text, StringComparison.Ordinal);
        Assert.StartsWith("이재명 대통령", table.Children[1].Children[0].Text.Trim(), StringComparison.Ordinal);
        Assert.StartsWith("마크 카니 캐나다 총리", table.Children[1].Children[1].Text.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_cites_its_sources_in_a_note_line()
    {
        var text = BriefTexts.Normalize(PdfTools.PdfToText(frames.Pdf(FrameKind.KoreanReport, "ko")).Replace('\n', ' '));

        Assert.Contains("※ 출처: " + frames.Brief.Sources[0].Title.Get("ko"), text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paper_prepared_after_the_meeting_is_a_result_paper_and_one_prepared_before_it_reference_material()
    {
        // Given the same brief prepared the day after the meeting, and on the day
        var after = new BriefLoader().Load(SampleBriefs.Minimal, "after.yaml").Brief!;
        var before = new BriefLoader().Load(SampleBriefs.Minimal.Replace("on: 2025-10-31", "on: 2025-10-30", StringComparison.Ordinal), "before.yaml").Brief!;

        // When
        var afterText = PdfTools.PdfToText(frames.Renderer.Render(after, "ko", frame: FrameKind.KoreanReport));
        var beforeText = PdfTools.PdfToText(frames.Renderer.Render(before, "ko", frame: FrameKind.KoreanReport));

        // Then
        Assert.Contains("회담 결과", afterText, StringComparison.Ordinal);
        Assert.DoesNotContain("참고자료", afterText, StringComparison.Ordinal);
        Assert.Contains("회담 참고자료", beforeText, StringComparison.Ordinal);
        Assert.DoesNotContain("회담 결과", beforeText, StringComparison.Ordinal);
    }

    [Fact]
    public void The_title_is_centred_in_a_box_with_the_date_and_unit_flush_right_under_it()
    {
        var page = frames.Pages(FrameKind.KoreanReport, "ko")[0];
        var texts = page.Commands.OfType<DrawCommand.Text>().ToList();
        var title = Assert.Single(texts, t => t.Run.Text == frames.Brief.Title.Get("ko"));
        var date = Assert.Single(texts, t => t.Run.Text == frames.Brief.ProfileFor("ko").DocumentDate(frames.Brief.Prepared.On));

        Assert.InRange(title.Baseline.X + title.Run.Width / 2, page.Size.Width / 2 - 1, page.Size.Width / 2 + 1);
        Assert.Contains(page.Commands.OfType<DrawCommand.StrokeRectangle>(), box =>
            box.Rect.X < title.Baseline.X && box.Rect.X + box.Rect.Width > title.Baseline.X + title.Run.Width
            && box.Rect.Y < title.Baseline.Y && box.Rect.Y + box.Rect.Height > title.Baseline.Y);
        var rightEdge = page.Commands.OfType<DrawCommand.StrokeRectangle>().Max(box => box.Rect.X + box.Rect.Width);
        Assert.InRange(date.Baseline.X + date.Run.Width, rightEdge - 1, rightEdge + 1);
        Assert.True(date.Baseline.Y > title.Baseline.Y);
    }

    [Fact]
    public void The_report_puts_next_steps_after_the_open_questions_and_annexes_last()
    {
        // Given a brief whose sections are, in the file, an annex, next steps and background
        var yaml = SampleBriefs.Full.Replace("""
            sections:
              - id: background
                title: { en: "Background", ko: "배경" }
                body:  { en: "The committee meets once a year.", ko: "위원회는 매년 1회 개최됨." }
            """, """
            sections:
              - id: menu
                role: annex
                title: { en: "Menu", ko: "오찬 메뉴" }
                body:  { en: "Lobster.", ko: "랍스터" }
              - id: next
                role: next-steps
                title: { en: "Next steps", ko: "향후 조치" }
                body:  { en: "Follow up.", ko: "후속 조치 추진" }
              - id: background
                role: background
                title: { en: "Background", ko: "배경" }
                body:  { en: "The committee meets once a year.", ko: "위원회는 매년 1회 개최됨." }
            """, StringComparison.Ordinal);
        var result = new BriefLoader().Load(yaml, "roles.yaml");
        Assert.True(result.Brief is not null, string.Join("\n", result.Diagnostics));

        // When
        using var document = PdfDocument.Open(frames.Renderer.Render(result.Brief!, "ko", frame: FrameKind.KoreanReport));

        // Then
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        Assert.Equal(
            ["1. 개요", "2. 요약", "3. 합의 사항", "4. 배경", "5. 참석자", "6. 주요 일정", "7. 확인 필요 사항", "8. 향후 조치", "9. 오찬 메뉴"],
            bookmarks.GetNodes().Select(node => node.Title));
    }

    [Theory]
    [InlineData("ko", FrameKind.KoreanReport)]
    [InlineData("en", FrameKind.BriefingNote)]
    [InlineData("fr", FrameKind.BriefingNote)]
    [InlineData("en-GB", FrameKind.Neutral)]
    [InlineData("en-US", FrameKind.Neutral)]
    [InlineData("fr-FR", FrameKind.Neutral)]
    public void Each_locale_has_its_default_frame(string tag, FrameKind expected)
    {
        Assert.Equal(expected, Briefing.Localization.Profiles.LanguageProfiles.For(tag).DefaultFrame);
    }

    [Fact]
    public void The_frame_asked_for_wins_over_the_default_and_the_korean_default_is_the_report()
    {
        // Raw order: pdftotext's default mode runs the neutral footer's "1 / 3 쪽" together.
        var korean = Raw(frames.Renderer.Render(frames.Brief, "ko"));
        var neutral = Raw(frames.Pdf(FrameKind.Neutral, "ko"));

        Assert.Contains("- 1 -", korean, StringComparison.Ordinal);
        Assert.DoesNotContain("- 1 -", neutral, StringComparison.Ordinal);
        Assert.Contains(frames.Brief.ProfileFor("ko").Strings.PageOf(1, 3), neutral, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("neutral", FrameKind.Neutral)]
    [InlineData("REPORT", FrameKind.KoreanReport)]
    [InlineData("note", FrameKind.BriefingNote)]
    public void Frame_names_parse_in_any_case(string name, FrameKind expected)
    {
        Assert.True(FrameNames.TryParse(name, out var kind));
        Assert.Equal(expected, kind);
        Assert.False(FrameNames.TryParse("memo", out _));
    }

    private static string Raw(byte[] pdf) => PdfTools.RunOnFile(pdf, "pdftotext", "-raw", "-enc", "UTF-8", "{file}", "-").Output;
}
