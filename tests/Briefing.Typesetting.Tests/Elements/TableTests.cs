using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;
using Briefing.Typesetting.Tests.Layout.Support;
using L = Briefing.Typesetting.Fluent.Blocks;

namespace Briefing.Typesetting.Tests.Elements;

public class TableTests
{
    [Fact]
    public void Relative_and_constant_columns_share_the_width()
    {
        var table = L.Table(t =>
        {
            t.Columns(c => c.Relative(2).Constant(80).Relative(1));
            t.Cell(new FakeBox(1, 10, "a")).Cell(new FakeBox(1, 10, "b")).Cell(new FakeBox(1, 10, "c"));
        });

        var drawn = LayoutTest.HavingSpaceOfSize(200, 100).ForContent(table).ExpectPlan(SpacePlan.Full(200, 10)).Draw();

        Assert.Equal(0, drawn.At("a").X);
        Assert.Equal(80, drawn.At("b").X);
        Assert.Equal(160, drawn.At("c").X);
    }

    [Fact]
    public void Cells_have_padding_border_and_background_over_the_whole_row_height()
    {
        var red = Color.FromHex("#ff0000");
        var table = L.Table(t =>
        {
            t.Columns(c => c.Constant(50).Constant(50));
            t.CellStyle(s => s.Padding(4).Border(1, Color.Black));
            t.Cell(new FakeBox(10, 10, "short"), s => s.Background(red)).Cell(new FakeBox(10, 30, "tall"));
        });

        var drawn = LayoutTest.HavingSpaceOfSize(200, 100).ForContent(table).ExpectPlan(SpacePlan.Full(100, 38)).Draw();

        Assert.Equal(new Point(4, 4), drawn.At("short"));
        Assert.Equal(new Point(54, 4), drawn.At("tall"));
        Assert.Contains(new DrawCommand.FillRectangle(new Rect(0, 0, 50, 38), red), drawn);
        Assert.Contains(new DrawCommand.StrokeRectangle(new Rect(50, 0, 50, 38), Color.Black, 1), drawn);
    }

    [Fact]
    public void A_cell_can_span_columns()
    {
        var table = L.Table(t =>
        {
            t.Columns(c => c.Constant(30).Constant(40).Constant(50));
            t.Cell(new FakeBox(70, 10, "wide"), s => s.ColumnSpan(2)).Cell(new FakeBox(10, 10, "last"));
        });

        var drawn = LayoutTest.HavingSpaceOfSize(200, 100).ForContent(table).ExpectPlan(SpacePlan.Full(120, 10)).Draw();

        Assert.Equal(70, drawn.At("last").X);
    }

    [Fact]
    public void A_group_heading_row_never_ends_a_page_it_moves_on_with_its_first_member()
    {
        // Given a header of 20 pt, a row of 30 pt, a group's heading row of 20 pt (a row header across the
        // table) that fits at the foot of the first 100 pt page, and its members of 40 pt, which do not. Found by the outside
        // checks: a delegation's name alone at the foot of a briefing note's participants annex.
        var table = L.Table(t =>
        {
            t.Columns(c => c.Relative().Relative());
            t.Header(h => h.Cell(new FakeBox(10, 20, "H")).Cell(new FakeBox(10, 20, "h")));
            t.Cell(new FakeBox(10, 30, "r0")).Cell(L.Empty());
            t.Cell(new FakeBox(10, 20, "group"), s => s.ColumnSpan(2).RowHeader());
            t.Cell(new FakeBox(10, 40, "m0")).Cell(L.Empty());
            t.Cell(new FakeBox(10, 40, "m1")).Cell(L.Empty());
        });

        // When
        var pages = Pages.Of(100, 100, table);

        // Then the group's heading starts the second page, above its members
        Assert.Equal(3, pages.Count);
        Assert.Equal(["H", "h", "r0"], pages[0].Markers());
        Assert.Equal(["H", "h", "group", "m0"], pages[1].Markers());
        Assert.Equal(["H", "h", "m1"], pages[2].Markers());
    }

    [Fact]
    public void Header_rows_repeat_on_every_page_and_rows_split_across_pages()
    {
        // Given a header of 20 pt and rows of 30 pt on 100 pt pages, the fourth row a splitting paragraph
        var table = L.Table(t =>
        {
            t.Columns(c => c.Relative().Relative());
            t.Header(h => h.Cell(new FakeBox(10, 20, "H")).Cell(new FakeBox(10, 20, "h")));
            for (var i = 0; i < 3; i++)
                t.Cell(new FakeBox(10, 30, $"r{i}")).Cell(L.Empty());
            t.Cell(new FakeLines(10, 6, "p")).Cell(new FakeBox(10, 10, "beside"));
        });

        // When
        var pages = Pages.Of(100, 100, table);

        // Then
        Assert.Equal(3, pages.Count);
        Assert.Equal(["H", "h", "r0", "r1"], pages[0].Markers());
        Assert.Equal(["H", "h", "r2", "p:0", "p:1", "p:2", "p:3", "beside"], pages[1].Markers());
        Assert.Equal(["H", "h", "p:4", "p:5"], pages[2].Markers());
        Assert.Equal(0, pages[2].At("H").Y);
        Assert.Equal(20, pages[2].At("p:4").Y);
        Assert.All(pages, p => Assert.True(p.Commands.TagsBalanced()));
    }

    [Fact]
    public void Rows_kept_together_move_whole_to_the_next_page()
    {
        var table = L.Table(t =>
        {
            t.Columns(c => c.Relative());
            t.KeepRowsTogether();
            t.Cell(new FakeBox(10, 60, "first")).Cell(new FakeLines(10, 6, "p"));
        });

        var pages = Pages.Of(100, 100, table);

        Assert.Equal(["first"], pages[0].Markers());
        Assert.Equal(6, pages[1].Markers().Count);
    }

    [Fact]
    public void A_split_row_keeps_one_cell_tag_per_column_on_each_page()
    {
        var table = L.Table(t =>
        {
            t.Columns(c => c.Relative().Relative());
            t.Cell(new FakeLines(10, 15, "p")).Cell(new FakeBox(10, 10, "b"));
        });

        var pages = Pages.Of(100, 100, table);

        Assert.Equal(2, pages.Count);
        Assert.All(pages, p => Assert.Equal(
            [StructureRole.Table, StructureRole.TR, StructureRole.TD, StructureRole.TD], p.Commands.OpenedTags()));
    }
}
