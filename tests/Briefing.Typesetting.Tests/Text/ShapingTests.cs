using System.Text;
using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fonts;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Pdf;
using Briefing.Typesetting.Tests.Pdf;
using Briefing.Typesetting.Tests.Samples;
using Briefing.Typesetting.Tests.Support;
using Briefing.Typesetting.Text;

namespace Briefing.Typesetting.Tests.Text;

// Noto Sans (the default Latin face) kerns "To" and "AV" and has an "fi" ligature; NanumGothic sets Hangul.
public sealed class ShapingTests(SampleFonts fonts) : IClassFixture<SampleFonts>
{
    private static readonly TextStyle Noto = new() { FontFamily = "Noto Sans", FontSize = 20 };
    private static readonly TextStyle Korean = new() { FontFamily = "Noto Sans, NanumGothic", FontSize = 12 };

    private ParagraphLayout Lay(string text, double width, TextStyle? style = null, ParagraphStyle? paragraph = null) =>
        fonts.Typesetter.LayOut([new TextSpan(text, style ?? Noto)], paragraph ?? new ParagraphStyle(), width);

    private byte[] Pdf(ParagraphLayout layout)
    {
        var commands = new List<DrawCommand> { new DrawCommand.BeginTag(StructureRole.P, null) };
        foreach (var line in layout.Lines)
        {
            foreach (var run in line.Runs)
                commands.Add(new DrawCommand.Text(run.Run, new Point(50 + line.Left + run.X, 100 + line.Top + line.Baseline)));
        }
        commands.Add(new DrawCommand.EndTag());
        return new PdfDocumentWriter().Write([new PageRecording(Size.A4, commands)], SamplePages.Metadata());
    }

    private static string Content(byte[] pdf) => string.Concat(
        PdfStreams.All(pdf).Where(s => s.IsFlate && !s.Dictionary.Contains("/Length1", StringComparison.Ordinal))
            .Select(s => Encoding.Latin1.GetString(PdfStreams.DecodeZlibStrict(s.Data))));

    [Fact]
    public void A_kerned_pair_is_narrower_than_its_plain_advances()
    {
        // Given
        var face = fonts.Typesetter.Fonts.Select(Noto, 'T', "To");
        var plain = (face.GetAdvance('T') + face.GetAdvance('o')) * Noto.FontSize;

        // When
        var line = Assert.Single(Lay("To", 1000).Lines);

        // Then: Noto Sans pulls the o under the T's arm
        Assert.True(line.Width < plain - 0.5, $"'To' is {line.Width} pt wide, plain advances {plain} pt");
    }

    [Fact]
    public void A_kerned_pair_is_drawn_with_a_TJ_offset()
    {
        var pdf = Pdf(Lay("To", 1000));

        Assert.Matches(@"\[<[0-9A-F]{4}>-?\d+(\.\d+)?<[0-9A-F]{4}>\]TJ", Content(pdf));
    }

    [Fact]
    public void A_ligature_is_one_glyph_and_reads_back_as_its_letters()
    {
        // Given
        const string text = "office finance";

        // When
        var layout = Lay(text, 1000);

        // Then: fewer glyphs than letters, and the PDF's text still says "fi"
        var run = Assert.Single(Assert.Single(layout.Lines).Runs).Run;
        Assert.InRange(run.Glyphs.Length, 1, text.Length - 1);
        Assert.Equal(text, PdfTools.PdfToText(Pdf(layout)).Trim());
    }

    [Fact]
    public void An_emergency_break_never_cuts_a_ligature()
    {
        // Given: a word of "fi" pairs on a line narrower than one ligature, so every line takes the least it may
        var word = string.Concat(Enumerable.Repeat("fi", 5));

        // When
        var layout = Lay(word, 5);

        // Then: each line holds a whole ligature, never the f alone with its i on the next line (drawn by nothing)
        Assert.Equal(5, layout.Lines.Count);
        Assert.All(layout.Lines, line => Assert.Equal("fi", line.Text));
        Assert.Equal(word, string.Concat(layout.Lines.Select(l => l.Text)));
    }

    [Fact]
    public void Justified_lines_still_fill_the_measure()
    {
        var style = new ParagraphStyle { Alignment = TextAlignment.Justify };

        var layout = Lay("To Toronto, Victoria and Yellowknife we travel over fjords and fields of AVA.", 300, paragraph: style);

        Assert.True(layout.Lines.Count > 1);
        Assert.All(layout.Lines.SkipLast(1), line => Assert.Equal(300, line.Width, 6));
    }

    [Fact]
    public void A_mark_drawn_below_the_baseline_keeps_the_content_stream_whole()
    {
        // Given: two combining marks below an i (found by the layout fuzzer): the marks are lowered with a
        // text rise, which closes and reopens the TJ array, so the run must be written as one
        var layout = Lay("xi\u033B\u031C\u00A76 end", 1000, new TextStyle { FontFamily = "NanumMyeongjo, Noto Serif", FontSize = 12 });

        // When
        var pdf = Pdf(layout);

        // Then: every TJ array is opened before it is closed, and the text after the marks reads back
        var content = Content(pdf);
        Assert.Equal(System.Text.RegularExpressions.Regex.Count(content, @"\["), System.Text.RegularExpressions.Regex.Count(content, @"\]TJ"));
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        Assert.Contains("\u00A76", document.GetPage(1).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_glyph_drawing_two_characters_reads_back_through_a_cid_of_its_own()
    {
        // Given: a space and a no-break space, which NanumGothic draws with one glyph
        var layout = Lay("가 나\u00A0다", 1000, new TextStyle { FontFamily = "NanumGothic", FontSize = 12 });

        // When
        var pdf = Pdf(layout);

        // Then: the no-break space gets a CID of its own (mapped to the shared glyph), so the ToUnicode map
        // spells the run and no ActualText is needed
        Assert.DoesNotContain("/ActualText", Content(pdf), StringComparison.Ordinal);
        Assert.Matches(@"/CIDToGIDMap \d+ 0 R", System.Text.Encoding.Latin1.GetString(pdf));
        Assert.Equal(0, PdfTools.QpdfCheck(pdf).ExitCode);
    }

    [Fact]
    public void Hangul_and_latin_in_one_face_are_shaped_apart_and_keep_their_text()
    {
        const string text = "G20 정상회의 APEC 2025";

        var layout = Lay(text, 1000, Korean);

        Assert.Equal(text, PdfTools.PdfToText(Pdf(layout)).Trim());
    }
}
