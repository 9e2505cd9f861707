using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Elements;
using Briefing.Typesetting.Fonts.Shaping;
using Briefing.Typesetting.Tests.Text.Fakes;

namespace Briefing.Typesetting.Tests.Elements;

public sealed class RecordedRunsTests
{
    private static readonly FixedWidthFace Face = FixedWidthFace.Latin();

    // Two runs of one paragraph: " " at index 3 and at index 9, each a slice of the paragraph's glyphs, whose
    // clusters count from the paragraph's start.
    private static readonly ShapedGlyph[] Paragraph =
    [
        new(1, 0, 1000, 500, 0, 0), new(2, 1, 1000, 500, 0, 0), new(3, 2, 1000, 500, 0, 0), new(4, 3, 1000, 250, 0, 0),
        new(1, 4, 1000, 500, 0, 0), new(2, 5, 1000, 500, 0, 0), new(3, 6, 1000, 500, 0, 0), new(5, 7, 1000, 500, 0, 0),
        new(6, 8, 1000, 500, 0, 0), new(4, 9, 1000, 250, 0, 0),
    ];

    private static TextRun Space(int at, ShapedGlyph[] glyphs) =>
        new(" ", Face, 10, Color.Black, 2.5) { Glyphs = glyphs.AsMemory(at, 1), ClusterStart = at };

    [Fact]
    public void Equal_runs_at_different_places_of_a_paragraph_share_one_copy()
    {
        // Given
        var runs = new RecordedRuns();
        var first = runs.Of(Space(3, Paragraph));

        // When
        var second = runs.Of(Space(9, Paragraph));

        // Then: the same glyph and advance, counted from each run's own start: one recorded run serves both
        Assert.Same(first, second);
    }

    [Fact]
    public void Runs_whose_glyphs_differ_are_not_shared()
    {
        // Given: a space drawn by glyph 4 and one drawn by glyph 7
        var other = (ShapedGlyph[])Paragraph.Clone();
        other[9] = new ShapedGlyph(7, 9, 1000, 250, 0, 0);
        var runs = new RecordedRuns();
        var first = runs.Of(Space(3, Paragraph));

        // When
        var second = runs.Of(Space(9, other));

        // Then
        Assert.NotSame(first, second);
        Assert.Equal(7, second.Glyphs.Span[0].GlyphId);
    }
}
