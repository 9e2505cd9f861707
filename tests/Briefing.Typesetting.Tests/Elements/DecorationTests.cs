using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;
using Briefing.Typesetting.Tests.Layout.Support;
using L = Briefing.Typesetting.Fluent.Blocks;

namespace Briefing.Typesetting.Tests.Elements;

public class DecorationTests
{
    private static readonly Color Blue = Color.FromHex("#0000ff");
    private static readonly Color Grey = Color.FromHex("#cccccc");

    [Fact]
    public void Padding_adds_space_on_each_side()
    {
        var padded = new FakeBox(10, 20, "box").Padding(new Thickness(1, 2, 3, 4));

        var drawn = LayoutTest.HavingSpaceOfSize(100, 100).ForContent(padded).ExpectPlan(SpacePlan.Full(14, 26)).Draw();

        Assert.Equal(new Point(1, 2), drawn.At("box"));
    }

    [Fact]
    public void Border_frames_inside_its_area_and_background_fills_within_the_border()
    {
        // Given a 10 pt box, padded 5, on a background, framed by a 2 pt border
        var element = new FakeBox(10, 10, "box").Padding(5).Background(Grey).Border(2, Blue);

        // When
        var test = LayoutTest.HavingSpaceOfSize(100, 100).ForContent(element).ExpectPlan(SpacePlan.Full(24, 24));
        var drawn = test.Draw();

        // Then: the stroke is centred 1 pt in, so its outer edge is the element's edge
        Assert.Equal(new DrawCommand.StrokeRectangle(new Rect(1, 1, 98, 98), Blue, 2), drawn[0]);
        Assert.Equal(new DrawCommand.FillRectangle(new Rect(2, 2, 96, 96), Grey), drawn[1]);
        Assert.Equal(new Point(7, 7), drawn.At("box"));
    }

    [Fact]
    public void Background_in_a_column_fills_the_column_width_and_the_item_height()
    {
        var column = L.Column(c => c.Item(new FakeBox(10, 30).Background(Grey)));

        var drawn = LayoutTest.HavingSpaceOfSize(100, 100).ForContent(column).Draw();

        Assert.Equal(new DrawCommand.FillRectangle(new Rect(0, 0, 100, 30), Grey), drawn[0]);
    }

    [Fact]
    public void Padding_is_applied_to_every_page_of_a_split_child()
    {
        var element = new FakeLines(10, 10, "p").Padding(5);

        var pages = Pages.Of(100, 60, element);

        Assert.Equal(2, pages.Count);
        Assert.Equal(new Point(5, 5), pages[0].At("p:0"));
        Assert.Equal(new Point(5, 5), pages[1].At("p:5"));
    }

    [Fact]
    public void Line_draws_a_rule_across_the_width_as_tall_as_its_thickness()
    {
        var drawn = LayoutTest.HavingSpaceOfSize(80, 100).ForContent(L.Line(2, Blue)).ExpectPlan(SpacePlan.Full(80, 2)).Draw();

        Assert.Equal(new DrawCommand.Line(new Point(0, 1), new Point(80, 1), Blue, 2), Assert.Single(drawn));
    }

    [Fact]
    public void Destination_and_bookmark_mark_the_top_of_their_element_once()
    {
        var column = L.Column(c => c
            .Item(new FakeBox(10, 60))
            .Item(new FakeLines(10, 10, "p").Destination("sec-1").Bookmark("Section 1", 1)));

        var pages = Pages.Of(100, 100, column);

        var outline = pages.SelectMany(p => p.Commands.OfType<DrawCommand.OutlineEntry>()).ToList();
        Assert.Equal(new DrawCommand.OutlineEntry("Section 1", 1, new Point(0, 60)), Assert.Single(outline));
        Assert.Equal(new Point(0, 60), pages[0].At("sec-1"));
        Assert.DoesNotContain("sec-1", pages[1].Markers());
    }
}
