using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fonts;
using Briefing.Typesetting.Tests.Text.Fakes;
using Briefing.Typesetting.Text;
using Briefing.Typesetting.Text.LineBreaking;

namespace Briefing.Typesetting.Tests.Text;

// The Latin fake is 0.5 em per glyph: at 10 pt every character is 5 pt wide, ascent 8, descent 2.
// The Hangul fake is 1 em per syllable: 10 pt wide, ascent 9, descent 3.
public sealed class ParagraphLayouterTests : IDisposable
{
    private const int Precision = 9;
    private static readonly TextStyle Latin = new() { FontFamily = "Latin, Hangul", FontSize = 10 };
    private static readonly ParagraphStyle Tight = new() { LineHeight = 1.0, KeepAll = true };

    private readonly FixedWidthFace _latinFace = FixedWidthFace.Latin();
    private readonly FixedWidthFace _hangulFace = FixedWidthFace.Hangul();
    private readonly LineBreaker _breaker = new();
    private readonly FakeFontSelector _selector;
    private readonly ParagraphLayouter _layouter;

    public ParagraphLayouterTests()
    {
        _selector = new FakeFontSelector(_latinFace, _hangulFace);
        _layouter = new ParagraphLayouter(_selector, _breaker);
    }

    public void Dispose() => _breaker.Dispose();

    private ParagraphLayout Lay(string text, double width, ParagraphStyle? style = null) =>
        _layouter.Layout([new TextSpan(text, Latin)], style ?? Tight, width);

    private static string[] Texts(ParagraphLayout layout) => layout.Lines.Select(l => l.Text).ToArray();

    [Fact]
    public void A_short_paragraph_is_one_line_as_wide_as_its_advances()
    {
        var layout = Lay("Hello world", 1000);

        var line = Assert.Single(layout.Lines);
        Assert.Equal("Hello world", line.Text);
        Assert.Equal(55, line.Width, Precision);
        Assert.Equal(0, line.Left);
        Assert.True(line.IsLast);
        var run = Assert.Single(line.Runs);
        Assert.Equal("Hello world", run.Run.Text);
        Assert.Same(_latinFace, run.Run.Face);
        Assert.Equal(55, run.Run.Width, Precision);
        Assert.Equal(0, run.X);
        Assert.Equal(55, layout.Width, Precision);
    }

    [Fact]
    public void Lines_wrap_at_the_last_space_that_fits()
    {
        var layout = Lay("aaa bbb ccc", 40);

        Assert.Equal(["aaa bbb", "ccc"], Texts(layout));
        Assert.Equal(35, layout.Lines[0].Width, Precision);
        Assert.Equal(15, layout.Lines[1].Width, Precision);
        Assert.False(layout.Lines[0].IsLast);
        Assert.True(layout.Lines[1].IsLast);
    }

    [Fact]
    public void Trailing_spaces_are_not_counted_and_one_is_kept_at_the_end_of_the_run_for_text_extraction()
    {
        // "aaa bbb " is 40 wide but "aaa bbb" is 35: it fits exactly.
        var layout = Lay("aaa bbb   ccc", 35);

        Assert.Equal(["aaa bbb", "ccc"], Texts(layout));
        var run = Assert.Single(layout.Lines[0].Runs).Run;
        Assert.Equal("aaa bbb ", run.Text);
        Assert.Equal(35, run.Width, Precision);
        Assert.Equal(35, layout.Lines[0].Width, Precision);
        Assert.Equal("ccc", Assert.Single(layout.Lines[1].Runs).Run.Text);
    }

    [Fact]
    public void Spaces_inside_a_line_are_kept_and_measured()
    {
        var line = Assert.Single(Lay("a   b", 100).Lines);

        Assert.Equal("a   b", line.Text);
        Assert.Equal(25, line.Width, Precision);
    }

    [Theory]
    [InlineData(TextAlignment.Left, 0, 0)]
    [InlineData(TextAlignment.Center, 2.5, 12.5)]
    [InlineData(TextAlignment.Right, 5, 25)]
    public void Alignment_moves_each_line_within_the_width(TextAlignment alignment, double firstLeft, double secondLeft)
    {
        var layout = Lay("aaa bbb ccc", 40, Tight with { Alignment = alignment });

        Assert.Equal(firstLeft, layout.Lines[0].Left, Precision);
        Assert.Equal(secondLeft, layout.Lines[1].Left, Precision);
        Assert.All(layout.Lines, l => Assert.Equal(0, l.Runs[0].X));
    }

    [Fact]
    public void Justify_spreads_the_extra_room_over_the_spaces_as_the_runs_word_spacing()
    {
        // Given "aaa bbb ccc" (55) on a 60 line: 5 pt over 2 spaces.
        var layout = Lay("aaa bbb ccc ddd", 60, Tight with { Alignment = TextAlignment.Justify });

        // Then: one run for the line (plus the space kept at the break), each space 2.5 pt wider
        var first = layout.Lines[0];
        var run = Assert.Single(first.Runs);
        Assert.Equal("aaa bbb ccc ", run.Run.Text);
        Assert.Equal(0, run.X);
        Assert.Equal(2.5, run.Run.WordSpacing, Precision);
        Assert.Equal(60, run.Run.Width, Precision);
        Assert.Equal(60, first.Width, Precision);
        Assert.Equal(0, first.Left);

        var last = layout.Lines[1];
        var lastRun = Assert.Single(last.Runs);
        Assert.Equal("ddd", lastRun.Run.Text);
        Assert.Equal(0, lastRun.Run.WordSpacing);
        Assert.Equal(15, last.Width, Precision);
    }

    [Fact]
    public void A_justified_line_splits_where_the_look_changes_and_later_runs_start_after_the_widened_spaces()
    {
        // Given "aa BB cc dd" with BB twice the size: "aa BB cc" (15 + 20 + 15) fills a 60 pt line and gets
        // 10 pt over its 2 spaces
        var big = Latin with { FontSize = 20 };
        var layout = _layouter.Layout(
            [new TextSpan("aa ", Latin), new TextSpan("BB", big), new TextSpan(" cc dd", Latin)],
            Tight with { Alignment = TextAlignment.Justify }, 60);

        // Then: three runs; a space at a run's end is not widened inside it, the next run starts after it
        var first = layout.Lines[0];
        Assert.Equal(["aa ", "BB", " cc "], first.Runs.Select(r => r.Run.Text));
        Assert.Equal([0, 20, 40], first.Runs.Select(r => r.X));
        Assert.Equal([15, 20, 20], first.Runs.Select(r => r.Run.Width));
        Assert.All(first.Runs, r => Assert.Equal(5, r.Run.WordSpacing, Precision));
        Assert.Equal(60, first.Width, Precision);
    }

    [Fact]
    public void Justify_leaves_lines_that_end_in_a_newline_alone()
    {
        var layout = Lay("aa bb\ncc dd ee ff gg", 42, Tight with { Alignment = TextAlignment.Justify });

        Assert.Equal(["aa bb", "cc dd ee", "ff gg"], Texts(layout));
        Assert.Single(layout.Lines[0].Runs);
        Assert.Equal(25, layout.Lines[0].Width, Precision);
        Assert.True(Assert.Single(layout.Lines[1].Runs).Run.WordSpacing > 0);
        Assert.Equal(42, layout.Lines[1].Width, Precision);
        Assert.Single(layout.Lines[2].Runs);
    }

    [Fact]
    public void The_first_line_takes_the_first_line_indent_and_the_others_the_hanging_indent()
    {
        // Given 50 pt for the first line (10 chars) and 40 pt (8 chars) after it
        var layout = Lay("aaa bbb ccc ddd eee", 60, Tight with { FirstLineIndent = 10, HangingIndent = 20 });

        Assert.Equal(["aaa bbb", "ccc ddd", "eee"], Texts(layout));
        Assert.Equal([10, 20, 20], layout.Lines.Select(l => l.Left));
    }

    [Fact]
    public void A_negative_first_line_indent_outdents_a_label_before_the_hanging_indent()
    {
        // Given a 40 pt paragraph whose first line starts 10 pt to the left (50 pt) and the others 10 pt in (30 pt)
        var layout = Lay("1. aaaa bbb ccc", 40, Tight with { FirstLineIndent = -10, HangingIndent = 10 });

        Assert.Equal(["1. aaaa", "bbb", "ccc"], Texts(layout));
        Assert.Equal([-10, 10, 10], layout.Lines.Select(l => l.Left));
    }

    [Fact]
    public void Tight_lines_are_as_high_as_the_font_size_with_the_baseline_at_the_ascent()
    {
        var layout = Lay("aaa bbb ccc", 40, Tight);

        Assert.All(layout.Lines, l => Assert.Equal(10, l.Height, Precision));
        Assert.All(layout.Lines, l => Assert.Equal(8, l.Baseline, Precision));
        Assert.Equal([0, 10], layout.Lines.Select(l => l.Top));
        Assert.Equal(20, layout.Height, Precision);
    }

    [Fact]
    public void Leading_of_160_percent_is_split_above_and_below_the_glyphs()
    {
        var layout = Lay("aaa bbb ccc", 40, Tight with { LineHeight = 1.6 });

        // 16 pt lines; 6 pt of leading, 3 above: baseline 3 + 8.
        Assert.All(layout.Lines, l => Assert.Equal(16, l.Height, Precision));
        Assert.All(layout.Lines, l => Assert.Equal(11, l.Baseline, Precision));
        Assert.Equal(16, layout.Lines[1].Top, Precision);
        Assert.Equal(32, layout.Height, Precision);
    }

    [Fact]
    public void The_largest_font_size_on_a_line_sets_its_height()
    {
        var big = Latin with { FontSize = 20 };
        var layout = _layouter.Layout([new TextSpan("aa ", Latin), new TextSpan("BB", big), new TextSpan(" cc", Latin)], Tight, 1000);

        var line = Assert.Single(layout.Lines);
        Assert.Equal(20, line.Height, Precision);
        Assert.Equal(16, line.Baseline, Precision);
        Assert.Equal(["aa ", "BB", " cc"], line.Runs.Select(r => r.Run.Text));
        Assert.Equal([0, 15, 35], line.Runs.Select(r => r.X));
        Assert.Equal(50, line.Width, Precision);
    }

    [Fact]
    public void Newlines_are_mandatory_breaks_and_are_not_drawn()
    {
        Assert.Equal(["aaa", "bbb"], Texts(Lay("aaa\nbbb", 1000)));
        Assert.Equal(["aaa", "", "bbb"], Texts(Lay("aaa\n\nbbb", 1000)));
        Assert.Equal(["aaa", "bbb"], Texts(Lay("aaa\r\nbbb", 1000)));
        Assert.Equal(["aaa", "bbb"], Texts(Lay("aaa\rbbb", 1000)));
        Assert.Equal(["aaa"], Texts(Lay("aaa\n", 1000)));
        Assert.All(Lay("aaa\nbbb", 1000).Lines, l => Assert.DoesNotContain('\n', l.Runs.Single().Run.Text));
    }

    [Fact]
    public void An_empty_line_between_newlines_is_as_high_as_its_font()
    {
        var layout = Lay("aaa\n\nbbb", 1000, Tight with { LineHeight = 1.5 });

        Assert.Empty(layout.Lines[1].Runs);
        Assert.Equal(15, layout.Lines[1].Height, Precision);
        Assert.Equal(45, layout.Height, Precision);
    }

    [Fact]
    public void A_crlf_split_over_two_spans_is_one_newline()
    {
        var layout = _layouter.Layout([new TextSpan("aaa\r", Latin), new TextSpan("\nbbb", Latin)], Tight, 1000);

        Assert.Equal(["aaa", "bbb"], Texts(layout));
    }

    [Fact]
    public void A_newline_inside_a_span_breaks_the_line_in_the_middle_of_the_span()
    {
        var layout = _layouter.Layout([new TextSpan("aa ", Latin), new TextSpan("bb\ncc", Latin with { Color = Color.White })], Tight, 1000);

        Assert.Equal(["aa bb", "cc"], Texts(layout));
        Assert.Equal(["aa ", "bb "], layout.Lines[0].Runs.Select(r => r.Run.Text));
        Assert.Equal(Color.White, layout.Lines[1].Runs[0].Run.Color);
    }

    [Fact]
    public void A_word_wider_than_the_line_breaks_where_it_must_and_keeps_every_character()
    {
        // Given a 500-character word and room for 10.4 characters
        var word = new string('x', 500);

        // When
        var layout = Lay(word, 52);

        // Then
        Assert.Equal(50, layout.Lines.Count);
        Assert.All(layout.Lines, l => Assert.True(l.Width <= 52));
        Assert.All(layout.Lines, l => Assert.Equal(10, l.Text.Length));
        Assert.Equal(word, string.Concat(layout.Lines.Select(l => l.Text)));
    }

    [Fact]
    public void An_emergency_break_happens_only_once_the_long_word_starts_a_line()
    {
        var layout = Lay("aa " + new string('x', 25), 50);

        Assert.Equal(["aa", "xxxxxxxxxx", "xxxxxxxxxx", "xxxxx"], Texts(layout));
    }

    [Fact]
    public void A_line_narrower_than_one_character_still_takes_one_grapheme_per_line()
    {
        // "é" written as e + combining acute is one grapheme and must not be split.
        var layout = Lay("ab\u0065\u0301c", 1);

        Assert.Equal(["a", "b", "e\u0301", "c"], Texts(layout));
    }

    [Fact]
    public void Hangul_is_drawn_in_the_face_that_has_it_and_latin_in_the_first_face()
    {
        var line = Assert.Single(Lay("APEC 정상 회담", 1000).Lines);

        Assert.Equal(["APEC ", "정상", " ", "회담"], line.Runs.Select(r => r.Run.Text));
        Assert.Equal(new IFontFace[] { _latinFace, _hangulFace, _latinFace, _hangulFace }, line.Runs.Select(r => r.Run.Face));
        Assert.Equal([0, 25, 45, 50], line.Runs.Select(r => r.X));
        Assert.Equal(70, line.Width, Precision);
        // Tallest ascent 9 and deepest descent 3 in a 10 pt line: 1 pt sticks out above and below.
        Assert.Equal(10, line.Height, Precision);
        Assert.Equal(8, line.Baseline, Precision);
    }

    [Fact]
    public void Keep_all_breaks_korean_only_between_words()
    {
        // "대한민국 정" is 55 wide: it would fit on 60 if syllables could break.
        var keepAll = Lay("대한민국 정상회담", 60, Tight with { KeepAll = true });
        var normal = Lay("대한민국 정상회담", 60, Tight with { KeepAll = false });

        Assert.Equal(["대한민국", "정상회담"], Texts(keepAll));
        Assert.Equal(["대한민국 정", "상회담"], Texts(normal));
    }

    [Fact]
    public void Keep_all_still_breaks_a_korean_word_wider_than_the_line()
    {
        var layout = Lay("대한민국정상회담", 35, Tight with { KeepAll = true });

        Assert.Equal(["대한민", "국정상", "회담"], Texts(layout));
    }

    [Fact]
    public void Runs_carry_the_link_and_look_of_their_span_and_equal_neighbours_merge()
    {
        var link = new LinkTarget.External("https://example.org");
        var spans = new[]
        {
            new TextSpan("see ", Latin),
            new TextSpan("the ", Latin),
            new TextSpan("site", Latin with { Underline = true }, link),
        };

        var line = Assert.Single(_layouter.Layout(spans, Tight, 1000).Lines);

        Assert.Equal(["see the ", "site"], line.Runs.Select(r => r.Run.Text));
        Assert.Null(line.Runs[0].Link);
        Assert.Equal(link, line.Runs[1].Link);
        Assert.True(line.Runs[1].Run.Underline);
        Assert.Equal(40, line.Runs[1].X, Precision);
    }

    [Fact]
    public void A_character_no_face_has_is_reported_not_skipped()
    {
        var e = Assert.Throws<MissingGlyphException>(() => Lay("abc \u4E00", 1000));

        Assert.Equal(0x4E00, e.CodePoint);
    }

    [Fact]
    public void Empty_text_gives_no_lines()
    {
        var layout = _layouter.Layout([], Tight, 100);

        Assert.Empty(layout.Lines);
        Assert.Equal(0, layout.Height);
    }

    [Fact]
    public void An_infinite_width_gives_the_natural_lines()
    {
        var layout = Lay("aaa bbb\nccc", double.PositiveInfinity, Tight with { Alignment = TextAlignment.Center });

        Assert.Equal(["aaa bbb", "ccc"], Texts(layout));
        Assert.Equal(35, layout.Width, Precision);
        Assert.All(layout.Lines, l => Assert.Equal(0, l.Left));
    }

    [Fact]
    public void Faces_are_selected_once_per_distinct_character_and_style()
    {
        Lay(string.Concat(Enumerable.Repeat("abc ", 100)), 50);

        // a, b and c; each space takes the face of the letter before it without asking the selector
        Assert.Equal(3, _selector.Calls);
    }

    [Fact]
    public void A_space_takes_the_face_of_the_text_before_it_when_that_face_has_one()
    {
        // Given "가나 다라 ab" in "Latin, Hangul", where both faces have a space (as NanumGothic does)
        var hangulWithSpace = new FixedWidthFace("Hangul", cp => cp is ' ' or (>= 0xAC00 and <= 0xD7A3), 1.0, 0.9, 0.3);
        var layouter = new ParagraphLayouter(new FakeFontSelector(_latinFace, hangulWithSpace), _breaker);
        var layout = layouter.Layout([new TextSpan("가나 다라 ab", Latin)], Tight, 1000);

        // Then the Hangul words and the space between them are one Hangul run; the space before "ab" is
        // Hangul's too (it follows Hangul), and "ab" is Latin
        var runs = Assert.Single(layout.Lines).Runs;
        Assert.Equal(["가나 다라 ", "ab"], runs.Select(r => r.Run.Text));
        Assert.Equal(["Hangul", "Latin"], runs.Select(r => r.Run.Face.FamilyName));
    }

    [Fact]
    public void Lines_can_be_moved_to_another_page_because_their_contents_are_relative_to_them()
    {
        var layout = Lay("aaa bbb ccc ddd", 40, Tight with { LineHeight = 1.6, HangingIndent = 5 });

        var moved = layout.Lines[1] with { Top = 0 };

        Assert.Equal(layout.Lines[1].Runs, moved.Runs);
        Assert.Equal(layout.Lines[0].Baseline, moved.Baseline);
    }

    [Fact]
    public void An_indent_wider_than_the_paragraph_still_ends_with_every_character_on_its_own_line()
    {
        var layout = Lay("ab \n c", 5, Tight with { HangingIndent = 20, FirstLineIndent = 20 });

        Assert.Equal(["a", "b", " c"], Texts(layout));
    }

    [Fact]
    public void Spaces_after_an_emergency_break_hang_at_the_end_of_the_line()
    {
        // "x  ." is one unbreakable segment (no break before "."), so it breaks by emergency.
        var layout = Lay("xxxxxxxxxxxx  .", 20);

        Assert.Equal(["xxxx", "xxxx", "xxxx", "."], Texts(layout));
    }

    [Fact]
    public void Other_line_separators_break_too_and_invisible_characters_need_no_glyph()
    {
        // U+2028, U+0085, vertical tab, form feed break; a zero-width space and a tab are kept but not drawn.
        var layout = Lay("a\u2028b\u0085c\u000Bd\u000Ce\u200Bf\tg", 1000);

        Assert.Equal(["a", "b", "c", "d", "e\u200Bf\tg"], Texts(layout));
        Assert.Equal(["e", "f", "g"], layout.Lines[4].Runs.Select(r => r.Run.Text));
        Assert.Equal([0, 5, 10], layout.Lines[4].Runs.Select(r => r.X));
    }
}
