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

    // A table of one 100 pt column whose rows are FakeLines of the given line counts (10 pt lines), under a header
    // row of headerLines (marked, unless it goes into a PDF: a repeated header would declare its marker twice).
    private static Element Table(string id, int headerLines, params int[] rows) => Table(id, headerLines, true, rows);

    private static Element Table(string id, int headerLines, bool markHeader, params int[] rows) =>
        L.Table(t =>
        {
            t.Columns(c => c.Relative());
            t.CellStyle(s => s.Border(0.5, Color.Black));
            if (headerLines > 0)
                t.Header(h => h.Cell(markHeader ? new FakeLines(10, headerLines, id + "h", width: 100) : L.Empty().Height(10 * headerLines)));
            for (var i = 0; i < rows.Length; i++)
                t.Cell(new FakeLines(10, rows[i], $"{id}{i}", width: 100));
        });

    private static Element List(string id, double spacing, params int[] items) =>
        L.List(l =>
        {
            l.LabelWidth(10).Gap(0).Spacing(spacing);
            for (var i = 0; i < items.Length; i++)
                l.Item(new FakeBox(10, 10, $"{id}{i}-label"), new FakeLines(10, items[i], $"{id}{i}", width: 90));
        });

    [Fact]
    public void Table_rows_pair_one_by_one_and_the_taller_row_sets_the_height_of_both()
    {
        // Header rows of 1 and 2 lines, then rows of 1, 3, 2 lines beside rows of 2, 1, 2 lines
        var body = L.Parallel(p => p.Gutter(10).Rows(Table("a", 1, 1, 3, 2), Table("b", 2, 2, 1, 2)));

        var drawn = LayoutTest.HavingSpaceOfSize(210, 200).ForContent(body).ExpectPlan(SpacePlan.Full(210, 20 + 20 + 30 + 20)).Draw();

        // Then each row starts level with its counterpart, below the taller of the pair before it
        Assert.Equal(new Point(0, 0), drawn.At("ah:0"));
        Assert.Equal(new Point(110, 0), drawn.At("bh:0"));
        foreach (var (row, top) in new[] { (0, 20.0), (1, 40.0), (2, 70.0) })
        {
            Assert.Equal(new Point(0, top), drawn.At($"a{row}:0"));
            Assert.Equal(new Point(110, top), drawn.At($"b{row}:0"));
        }

        // and the shorter side's row frame fills the pair's height, so the grids stay whole
        // (the left header, one line, and the right's second row, one line, drawn as tall as their counterparts)
        Assert.Contains(new DrawCommand.StrokeRectangle(new Rect(0, 0, 100, 20), Color.Black, 0.5), drawn);
        Assert.Contains(new DrawCommand.StrokeRectangle(new Rect(110, 40, 100, 30), Color.Black, 0.5), drawn);
        Assert.True(drawn.TagsBalanced());
    }

    [Fact]
    public void List_items_pair_one_by_one_and_an_item_one_side_lacks_stands_alone()
    {
        // Items of 1, 2, 1 lines beside 3 and 1 lines, 4 and 2 pt apart: the wider spacing serves both
        var body = L.Parallel(p => p.Gutter(10).Rows(List("a", 4, 1, 2, 1), List("b", 2, 3, 1)));

        var drawn = LayoutTest.HavingSpaceOfSize(210, 200).ForContent(body).ExpectPlan(SpacePlan.Full(210, 30 + 4 + 20 + 4 + 10)).Draw();

        Assert.Equal(new Point(10, 0), drawn.At("a0:0"));
        Assert.Equal(new Point(120, 0), drawn.At("b0:0"));
        Assert.Equal(new Point(10, 34), drawn.At("a1:0"));
        Assert.Equal(new Point(120, 34), drawn.At("b1:0"));
        Assert.Equal(new Point(10, 58), drawn.At("a2:0"));
        Assert.DoesNotContain("b2:0", drawn.Markers());
    }

    [Fact]
    public void A_row_pair_that_crosses_a_page_splits_on_both_sides_and_the_header_repeats_as_furniture()
    {
        // Rows of 3 and 6 lines beside 2 and 5, under one-line headers, on pages with room for 8 lines
        var body = L.Parallel(p => p.Gutter(10).Rows(Table("a", 1, 3, 6), Table("b", 1, 2, 5)));

        var pages = Pages.Of(210, 80, body);

        // Then the second pair fills page 1 from y 40 on both sides, and continues under the header on page 2
        Assert.Equal(2, pages.Count);
        Assert.Equal(new Point(0, 40), pages[0].At("a1:0"));
        Assert.Equal(new Point(110, 40), pages[0].At("b1:0"));
        Assert.Equal(["ah:0", "a0:0", "a0:1", "a0:2", "a1:0", "a1:1", "a1:2", "a1:3", "bh:0", "b0:0", "b0:1", "b1:0", "b1:1", "b1:2"], pages[0].Markers());
        Assert.Equal(new Point(0, 10), pages[1].At("a1:4"));
        Assert.Equal(new Point(110, 10), pages[1].At("b1:3"));
        // The header is drawn again at the top of page 2, on both sides, outside the structure
        var second = pages[1].Commands.ToList();
        foreach (var header in new[] { "ah:0", "bh:0" })
        {
            var at = second.FindIndex(c => c is DrawCommand.Destination d && d.Name == header);
            Assert.True(at >= 0, header);
            var artifact = second.FindLastIndex(at, c => c is DrawCommand.BeginArtifact);
            var end = second.FindLastIndex(at, c => c is DrawCommand.EndArtifact);
            Assert.True(artifact > end, $"{header} is drawn as an artifact on page 2");
        }

        Assert.True(pages[0].Commands.TagsBalanced());
        Assert.True(pages[1].Commands.TagsBalanced());
    }

    [Fact]
    public void Rows_kept_together_move_whole_on_both_sides()
    {
        // A first pair 50 tall, then rows of 2 and 4 lines kept together: the second row pair needs 40 and has 30
        var body = L.Parallel(p => p.Gutter(10)
            .Pair(new FakeLines(10, 5, "p", width: 100), new FakeLines(10, 5, "q", width: 100))
            .Rows(Table("a", 0, 2), L.Table(t => t.Columns(c => c.Relative()).KeepRowsTogether().Cell(new FakeLines(10, 4, "b0", width: 100)))));

        var pages = Pages.Of(210, 80, body);

        Assert.Equal(new Point(0, 0), pages[1].At("a0:0"));
        Assert.Equal(new Point(110, 0), pages[1].At("b0:0"));
    }

    [Fact]
    public void Each_column_has_one_table_and_one_list_holding_all_their_rows_across_pages()
    {
        var body = L.Parallel(p => p.Gutter(10).Languages("ko-KR", "en-CA")
            .Rows(Table("a", 1, false, 3, 6, 2), Table("b", 1, false, 2, 5, 2))
            .Rows(List("c", 2, 2, 4, 3), List("d", 2, 2, 2, 3)));
        var pages = Pages.Of(210, 80, body);
        Assert.True(pages.Count >= 3);
        foreach (var page in pages)
            Assert.True(page.Commands.TagsBalanced());

        var text = Encoding.Latin1.GetString(new PdfDocumentWriter().Write(pages, SamplePages.Metadata()));

        // One Table and one L per column, though each was opened on every page and for every row
        Assert.Equal(2, Regex.Matches(text, "/S/Table").Count);
        Assert.Equal(2, Regex.Matches(text, "/S/L/").Count);
        // Each table has its header row once and its three body rows; each list its three items
        Assert.Equal(2 * 4, Regex.Matches(text, "/S/TR/").Count);
        Assert.Equal(2, Regex.Matches(text, "/S/TH/").Count);
        Assert.Equal(2 * 3, Regex.Matches(text, "/S/LI/").Count);
        Assert.Equal(2, Regex.Matches(text, "/S/Div").Count);
    }

    [Fact]
    public void Tables_without_body_rows_draw_their_headers_once()
    {
        var body = L.Parallel(p => p.Gutter(10).Rows(Table("a", 1), Table("b", 2)));

        var pages = Pages.Of(210, 80, body);

        Assert.Single(pages);
        Assert.Equal(["ah:0", "bh:0", "bh:1"], pages[0].Markers());
    }

    [Fact]
    public void An_item_in_pieces_pairs_piece_by_piece_and_stays_one_item_and_a_joined_nested_list_one_list()
    {
        // Each side: one item whose pieces are a paragraph and two bullets of a nested list set in pieces (joined)
        static Element Side(string id, int first, int bullet)
        {
            var nested = new object();
            Element Bullet(int j) => L.List(l => l.LabelWidth(10).Gap(0).Joins(nested).Item(L.Empty().Height(10), new FakeLines(10, bullet + j, $"{id}b{j}", width: 80)));
            return L.List(l => l.LabelWidth(10).Gap(0)
                .Item(L.Empty().Height(10), new FakeLines(10, first, $"{id}p", width: 90))
                .Continue(Bullet(0))
                .Continue(Bullet(1)));
        }

        var body = L.Parallel(p => p.Gutter(10).Languages("ko-KR", "en-CA").Rows(Side("a", 1, 1), Side("b", 3, 2)));
        var pages = Pages.Of(210, 200, body);

        // The pieces start level: b's paragraph (3 lines) sets the first, b's first bullet (2 lines) the second
        Assert.Equal(new Point(20, 30), pages[0].At("ab0:0"));
        Assert.Equal(new Point(130, 30), pages[0].At("bb0:0"));
        Assert.Equal(new Point(20, 50), pages[0].At("ab1:0"));
        Assert.Equal(new Point(130, 50), pages[0].At("bb1:0"));
        var text = Encoding.Latin1.GetString(new PdfDocumentWriter().Write(pages, SamplePages.Metadata()));
        // Per column: the outer list (one item, one label, one body) and the nested list (two items, each labelled)
        Assert.Equal(2 * 2, Regex.Matches(text, "/S/L/").Count);
        Assert.Equal(2 * 3, Regex.Matches(text, "/S/LI/").Count);
        Assert.Equal(2 * 3, Regex.Matches(text, "/S/Lbl/").Count);
        Assert.Equal(2 * 3, Regex.Matches(text, "/S/LBody/").Count);
        PdfTools.AssertQpdfClean(new PdfDocumentWriter().Write(pages, SamplePages.Metadata()));
    }
}
