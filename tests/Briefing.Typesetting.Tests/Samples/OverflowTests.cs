using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;
using Briefing.Typesetting.Pdf;
using Briefing.Typesetting.Text;
using L = Briefing.Typesetting.Fluent.Blocks;

namespace Briefing.Typesetting.Tests.Samples;

/// <summary>A glyph wider than its box is content that cannot fit: an error naming the paragraph, not ink past the edge.</summary>
public class OverflowTests(SampleFonts fonts) : IClassFixture<SampleFonts>
{
    private static readonly TextStyle Style = new() { FontFamily = "Noto Sans, NanumGothic", FontSize = 14 };

    private Document WithColumnOf(double width, string text) => new()
    {
        Page = new PageSetup(new Size(200, 300), Thickness.All(20)),
        Body = L.Table(t =>
        {
            t.Columns(c => c.Constant(width).Relative());
            t.Cell(fonts.Typesetter.Paragraph(text, Style)).Cell(fonts.Typesetter.Paragraph("next cell", Style));
        }),
        Metadata = new DocumentMetadata(),
    };

    [Fact]
    public void A_hangul_syllable_wider_than_its_table_column_is_a_layout_error_naming_the_paragraph()
    {
        // Given a 10 pt column and 14 pt Hangul (about 13 pt per syllable)
        var document = WithColumnOf(10, "정상회담");

        // When
        var e = Assert.Throws<LayoutException>(() => document.LayOut());

        // Then
        Assert.Contains("Paragraph \"정상회담\"", e.Message);
        Assert.Contains("has 10 pt", e.Message);
    }

    [Fact]
    public void A_word_that_only_needs_breaking_still_breaks_inside_a_narrow_column_and_stays_inside_it()
    {
        // Given a 30 pt column: two syllables per line fit, the word does not
        var pages = WithColumnOf(30, "정상회담결과").LayOut();

        // Then: broken into lines, every run inside the column
        var runs = pages.SelectMany(p => p.Commands).OfType<DrawCommand.Text>().Where(t => t.Run.Text.Trim() != "next" && t.Baseline.X < 50).ToList();
        Assert.True(runs.Count >= 3, $"{runs.Count} lines");
        Assert.All(runs, r => Assert.True(r.Baseline.X + r.Run.Width <= 20 + 30 + 1e-6, $"{r.Run.Text} ends at {r.Baseline.X + r.Run.Width}"));
    }
}
