using System.Text;
using System.Text.RegularExpressions;
using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;
using Briefing.Typesetting.Pdf;
using Briefing.Typesetting.Tests.Layout.Support;
using Briefing.Typesetting.Tests.Pdf;
using Briefing.Typesetting.Tests.Support;
using L = Briefing.Typesetting.Fluent.Blocks;

namespace Briefing.Typesetting.Tests.Elements;

/// <summary>The parallel text: aligned pairs in two columns, split together across pages, one tagged column per language.</summary>
public class ParallelTests
{
    // 210 pt wide with a 10 pt gutter: two columns of 100 pt, the right one starting at 110.
    private static Element TwoPairs(double spacing = 0) => L.Parallel(p => p
        .Gutter(10).Spacing(spacing).Rule(0.5, Color.Black).Languages("ko-KR", "en-CA")
        .Pair(new FakeLines(10, 2, "a", width: 100), new FakeLines(10, 4, "b", width: 100))
        .Pair(new FakeLines(10, 3, "c", width: 100), new FakeLines(10, 1, "d", width: 100)));

    [Fact]
    public void Each_pair_starts_on_one_line_and_the_taller_side_sets_its_height()
    {
        var drawn = LayoutTest.HavingSpaceOfSize(210, 200).ForContent(TwoPairs(spacing: 5)).ExpectPlan(SpacePlan.Full(210, 40 + 5 + 30)).Draw();

        Assert.Equal(new Point(0, 0), drawn.At("a:0"));
        Assert.Equal(new Point(110, 0), drawn.At("b:0"));
        // The second pair starts below the taller side of the first (b, 4 lines), on both sides.
        Assert.Equal(new Point(0, 45), drawn.At("c:0"));
        Assert.Equal(new Point(110, 45), drawn.At("d:0"));
    }

    [Fact]
    public void The_rule_runs_down_the_middle_of_the_gutter_as_tall_as_the_page_part_and_is_furniture()
    {
        var drawn = LayoutTest.HavingSpaceOfSize(210, 200).ForContent(TwoPairs()).Draw();

        var rule = Assert.Single(drawn.OfType<DrawCommand.Line>());
        Assert.Equal(new Point(105, 0), rule.From);
        Assert.Equal(new Point(105, 70), rule.To);
        var index = drawn.ToList().IndexOf(rule);
        Assert.IsType<DrawCommand.BeginArtifact>(drawn[index - 1]);
        Assert.IsType<DrawCommand.EndArtifact>(drawn[index + 1]);
        Assert.True(drawn.TagsBalanced());
    }

    [Fact]
    public void A_pair_that_crosses_a_page_splits_on_both_sides_and_both_continue_at_the_top_of_the_next()
    {
        // Given a first pair 30 tall and a second of 8 and 7 lines, on pages with room for 8 lines
        var body = L.Parallel(p => p.Gutter(10)
            .Pair(new FakeLines(10, 3, "a", width: 100), new FakeLines(10, 2, "b", width: 100))
            .Pair(new FakeLines(10, 8, "c", width: 100), new FakeLines(10, 7, "d", width: 100)));

        var pages = Pages.Of(210, 80, body);

        // Then the second pair fills page 1 on both sides from y 30, and continues on page 2 at y 0 on both sides
        Assert.Equal(2, pages.Count);
        Assert.Equal(new Point(0, 30), pages[0].At("c:0"));
        Assert.Equal(new Point(110, 30), pages[0].At("d:0"));
        Assert.Contains("c:4", pages[0].Markers());
        Assert.Contains("d:4", pages[0].Markers());
        Assert.Equal(new Point(0, 0), pages[1].At("c:5"));
        Assert.Equal(new Point(110, 0), pages[1].At("d:5"));
        Assert.Equal(["c:5", "c:6", "c:7", "d:5", "d:6"], pages[1].Markers());
    }

    [Fact]
    public void A_pair_that_does_not_fit_moves_whole_when_either_side_would_leave_a_widow()
    {
        // The right side (3 lines) could put 2 on page 1 but would leave 1 alone: the pair moves on, both sides.
        var body = L.Parallel(p => p.Gutter(10)
            .Pair(new FakeLines(10, 6, "a", width: 100), new FakeLines(10, 6, "b", width: 100))
            .Pair(new FakeLines(10, 1, "c", width: 100), new FakeLines(10, 3, "d", width: 100)));

        var pages = Pages.Of(210, 80, body);

        Assert.Equal(2, pages.Count);
        Assert.Equal(new Point(0, 0), pages[1].At("c:0"));
        Assert.Equal(new Point(110, 0), pages[1].At("d:0"));
    }

    [Fact]
    public void A_pair_kept_with_next_moves_with_the_next_pair()
    {
        var body = L.Parallel(p => p.Gutter(10)
            .Pair(new FakeLines(10, 6, "a", width: 100), new FakeLines(10, 6, "b", width: 100))
            .Pair(new FakeLines(10, 1, "h1", width: 100), new FakeLines(10, 1, "h2", width: 100), keepWithNext: true)
            .Pair(new FakeLines(10, 4, "c", width: 100), new FakeLines(10, 4, "d", width: 100)));

        var pages = Pages.Of(210, 80, body);

        Assert.Equal(new Point(0, 0), pages[1].At("h1:0"));
        Assert.Equal(new Point(110, 0), pages[1].At("h2:0"));
    }

    [Fact]
    public void Each_column_is_one_structure_element_with_its_language_across_pages()
    {
        var body = L.Parallel(p => p.Gutter(10).Languages("ko-KR", "en-CA")
            .Pair(new FakeLines(10, 3, "a", width: 100), new FakeLines(10, 2, "b", width: 100))
            .Pair(new FakeLines(10, 8, "c", width: 100), new FakeLines(10, 7, "d", width: 100)));
        var pages = Pages.Of(210, 80, body);
        foreach (var page in pages)
            Assert.True(page.Commands.TagsBalanced());

        var pdf = new PdfDocumentWriter().Write(pages, SamplePages.Metadata());
        var text = Encoding.Latin1.GetString(pdf);

        // Two Div elements in all, the left column's first, each with its /Lang, though each was opened on every pair of both pages
        var divs = Regex.Matches(text, @"/S/Div/P \d+ 0 R(?:/Pg \d+ 0 R)?/Lang\(([a-zA-Z-]+)\)").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["ko-KR", "en-CA"], divs);
        Assert.Equal(2, Regex.Matches(text, "/S/Div").Count);
        PdfTools.AssertQpdfClean(pdf);
    }

    [Fact]
    public void The_same_tree_laid_out_twice_gives_the_same_pdf()
    {
        var body = L.Parallel(p => p.Gutter(10).Rule(0.5, Color.Black).Languages("ko-KR", "en-CA")
            .Pair(new FakeLines(10, 3, "a", width: 100), new FakeLines(10, 2, "b", width: 100))
            .Pair(new FakeLines(10, 8, "c", width: 100), new FakeLines(10, 7, "d", width: 100)));
        var document = new Document { Page = new PageSetup(new Size(210, 80), Thickness.All(0)), Body = body, Metadata = SamplePages.Metadata() };

        var first = document.GeneratePdf();
        var second = document.GeneratePdf();

        Assert.Equal(first, second);
        Assert.Equal(2, Regex.Matches(Encoding.Latin1.GetString(first), "/Type/Page/").Count);
    }

    [Fact]
    public void A_side_that_fits_nowhere_names_its_column_in_the_reason()
    {
        var body = L.Parallel(p => p.Gutter(10).Pair(new FakeBox(10, 10), new FakeBox(150, 10)));

        var plan = body.Measure(new Size(210, 100), new PageContext(1, null));

        Assert.Equal(SpacePlanKind.Wrap, plan.Kind);
        Assert.StartsWith("Parallel > Column > Parallel pair (right) > ", plan.WrapReason);
    }
}
