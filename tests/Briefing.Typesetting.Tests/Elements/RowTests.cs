using Briefing.Typesetting.Layout;
using Briefing.Typesetting.Tests.Layout.Support;
using L = Briefing.Typesetting.Fluent.Blocks;

namespace Briefing.Typesetting.Tests.Elements;

public class RowTests
{
    [Fact]
    public void Row_gives_constant_auto_and_relative_widths()
    {
        // Given 300 pt: 50 constant, 30 auto, 3 gaps of 10, and 190 shared 1:3
        var row = L.Row(r => r.Spacing(10)
            .ConstantItem(50, new FakeBox(50, 10, "c"))
            .RelativeItem(new FakeLines(10, 1, "r1", width: 1000), 1)
            .AutoItem(new FakeBox(30, 10, "a"))
            .RelativeItem(new FakeLines(10, 1, "r3", width: 1000), 3));

        var test = LayoutTest.HavingSpaceOfSize(300, 100).ForContent(row).ExpectPlan(SpacePlan.Full(300, 10));
        var drawn = test.Draw();

        Assert.Equal(0, drawn.At("c").X);
        Assert.Equal(60, drawn.At("r1:0").X);
        Assert.Equal(60 + 47.5 + 10, drawn.At("a").X);
        Assert.Equal(60 + 47.5 + 10 + 30 + 10, drawn.At("r3:0").X);
        var r3 = drawn.OfType<Drawing.DrawCommand.FillRectangle>().Last();
        Assert.Equal(142.5, r3.Rect.Width, 6);
    }

    [Fact]
    public void Row_wraps_when_its_constant_items_are_wider_than_the_space()
    {
        var row = L.Row(r => r.ConstantItem(80, new FakeBox(10, 10)).ConstantItem(80, new FakeBox(10, 10)));

        LayoutTest.HavingSpaceOfSize(150, 100).ForContent(row).ExpectWrap();
    }

    [Fact]
    public void Row_is_as_tall_as_its_tallest_item()
    {
        var row = L.Row(r => r.RelativeItem(new FakeBox(10, 10)).RelativeItem(new FakeBox(10, 30)));

        LayoutTest.HavingSpaceOfSize(100, 100).ForContent(row).ExpectPlan(SpacePlan.Full(100, 30));
    }

    [Fact]
    public void Row_splits_when_an_item_splits_and_finished_items_draw_nothing_on_the_next_page()
    {
        var row = L.Row(r => r.RelativeItem(new FakeLines(10, 8, "p")).RelativeItem(new FakeBox(10, 30, "box")));

        var pages = Pages.Of(100, 50, row);

        Assert.Equal(2, pages.Count);
        Assert.Equal(["p:0", "p:1", "p:2", "p:3", "p:4", "box"], pages[0].Markers());
        Assert.Equal(["p:5", "p:6", "p:7"], pages[1].Markers());
    }

    [Fact]
    public void Row_moves_whole_when_one_item_cannot_start()
    {
        var row = L.Row(r => r.RelativeItem(new FakeLines(10, 8, "p")).RelativeItem(new FakeBox(10, 80, "box")));
        var column = L.Column(c => c.Item(new FakeBox(10, 50, "first")).Item(row));

        var pages = Pages.Of(100, 100, column);

        Assert.Equal(["first"], pages[0].Markers());
        Assert.Contains("box", pages[1].Markers());
    }

    [Fact]
    public void Each_child_of_a_row_is_measured_once_for_one_placement_even_nested()
    {
        // Given a row of a constant, a relative and an auto item, and a row nested in it with the same three
        var probes = Enumerable.Range(0, 6).Select(i => new Counted(new FakeBox(20, 10, $"p{i}"))).ToArray();
        var inner = L.Row(r => r.Spacing(4).ConstantItem(20, probes[3]).RelativeItem(probes[4]).AutoItem(probes[5]));
        var row = L.Row(r => r.Spacing(4).ConstantItem(20, probes[0]).RelativeItem(probes[1]).RelativeItem(inner, 2).AutoItem(probes[2]));

        // When the page engine places the row (it measures the body, then draws it)
        var pages = Pages.Of(300, 100, row);

        // Then every probe was measured once and drawn once
        Assert.Single(pages);
        Assert.Equal(Enumerable.Repeat((1, 1), 6), probes.Select(p => (p.Measures, p.Draws)));
    }

    [Fact]
    public void A_row_split_over_two_pages_measures_its_children_again_on_the_second()
    {
        // Given a row whose relative item runs over two pages
        var lines = new Counted(new FakeLines(10, 15, "line", width: 50));
        var side = new Counted(new FakeBox(20, 10, "side"));
        var pages = Pages.Of(200, 100, L.Row(r => r.RelativeItem(lines).ConstantItem(20, side)));

        // Then the lines continue on page 2 at the top, the finished side item draws once, and nothing is measured twice per page
        Assert.Equal(2, pages.Count);
        Assert.Equal((2, 2), (lines.Measures, lines.Draws));
        Assert.Equal((2, 1), (side.Measures, side.Draws));
    }
}
