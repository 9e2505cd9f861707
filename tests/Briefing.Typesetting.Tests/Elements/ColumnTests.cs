using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Layout;
using Briefing.Typesetting.Tests.Layout.Support;
using L = Briefing.Typesetting.Fluent.Blocks;

namespace Briefing.Typesetting.Tests.Elements;

public class ColumnTests
{
    [Fact]
    public void Column_stacks_items_with_spacing_between_them()
    {
        var column = L.Column(c => c.Spacing(5).Item(new FakeBox(10, 20, "a")).Item(new FakeBox(30, 30, "b")));

        var test = LayoutTest.HavingSpaceOfSize(100, 100).ForContent(column).ExpectPlan(SpacePlan.Full(30, 55));
        var drawn = test.Draw();

        Assert.Equal(0, drawn.At("a").Y);
        Assert.Equal(25, drawn.At("b").Y);
    }

    [Fact]
    public void Column_places_more_items_on_a_page_than_its_plan_holds_on_the_stack()
    {
        // Given forty boxes of 2 pt with 1 pt between them (a column plans sixteen on the stack, then grows)
        var column = L.Column(c =>
        {
            c.Spacing(1);
            for (var i = 0; i < 40; i++)
                c.Item(new FakeBox(10 + i, 2, $"b{i}"));
        });

        // When it is measured and drawn in room for all of them
        var test = LayoutTest.HavingSpaceOfSize(100, 200).ForContent(column).ExpectPlan(SpacePlan.Full(49, 119));
        var drawn = test.Draw();

        // Then each box is drawn once, three points below the one before
        Assert.Equal(Enumerable.Range(0, 40).Select(i => $"b{i}"), drawn.Markers());
        Assert.All(Enumerable.Range(0, 40), i => Assert.Equal(3 * i, drawn.At($"b{i}").Y));
    }

    [Fact]
    public void Column_plans_a_partial_render_up_to_the_item_that_does_not_fit()
    {
        var column = L.Column(c => c.Item(new FakeBox(10, 40)).Item(new FakeBox(10, 40)).Item(new FakeBox(10, 40)));

        LayoutTest.HavingSpaceOfSize(100, 100).ForContent(column).ExpectPlan(SpacePlan.Partial(10, 80));
    }

    [Fact]
    public void Column_splits_an_item_that_partially_fits()
    {
        var column = L.Column(c => c.Item(new FakeBox(10, 50)).Item(new FakeLines(10, 15, width: 40)));

        LayoutTest.HavingSpaceOfSize(100, 100).ForContent(column).ExpectPlan(SpacePlan.Partial(40, 100));
    }

    [Fact]
    public void Column_continues_over_three_pages_from_the_item_that_did_not_fit()
    {
        // Given six boxes of 40 pt on pages with 100 pt of room: two per page
        var column = L.Column(c =>
        {
            for (var i = 0; i < 6; i++)
                c.Item(new FakeBox(10, 40, $"b{i}"));
        });

        // When
        var pages = Pages.Of(100, 100, column);

        // Then
        Assert.Equal(3, pages.Count);
        Assert.Equal(["b0", "b1"], pages[0].Markers());
        Assert.Equal(["b2", "b3"], pages[1].Markers());
        Assert.Equal(["b4", "b5"], pages[2].Markers());
        Assert.Equal(0, pages[2].At("b4").Y);
        Assert.Equal(40, pages[2].At("b5").Y);
    }

    [Fact]
    public void Column_continues_a_split_item_at_the_top_of_the_next_page()
    {
        var column = L.Column(c => c.Item(new FakeBox(10, 60, "box")).Item(new FakeLines(10, 8, "p")));

        var pages = Pages.Of(100, 100, column);

        Assert.Equal(2, pages.Count);
        Assert.Equal(["box", "p:0", "p:1", "p:2", "p:3"], pages[0].Markers());
        Assert.Equal(["p:4", "p:5", "p:6", "p:7"], pages[1].Markers());
        Assert.Equal(0, pages[1].At("p:4").Y);
    }

    [Fact]
    public void A_paragraph_like_element_can_refuse_to_leave_a_widow()
    {
        // 5 lines, room for 4: taking 4 would leave 1 alone on the next page, so it takes 3.
        LayoutTest.HavingSpaceOfSize(100, 40).ForContent(new FakeLines(10, 5)).ExpectPlan(SpacePlan.Partial(50, 30));
    }

    [Fact]
    public void A_paragraph_like_element_can_refuse_to_leave_an_orphan()
    {
        LayoutTest.HavingSpaceOfSize(100, 15).ForContent(new FakeLines(10, 5)).ExpectWrap();
    }

    [Fact]
    public void Relaxed_keep_rules_let_a_single_line_through()
    {
        LayoutTest.HavingSpaceOfSize(100, 15).ForContent(new FakeLines(10, 5)).WithRelaxedKeepRules()
            .ExpectPlan(SpacePlan.Partial(50, 10));
    }

    [Fact]
    public void Orphan_rule_moves_the_whole_paragraph_to_the_next_page()
    {
        var column = L.Column(c => c.Item(new FakeBox(10, 85, "box")).Item(new FakeLines(10, 5, "p")));

        var pages = Pages.Of(100, 100, column);

        Assert.Equal(["box"], pages[0].Markers());
        Assert.Equal(["p:0", "p:1", "p:2", "p:3", "p:4"], pages[1].Markers());
    }

    [Fact]
    public void Empty_column_plans_empty()
    {
        LayoutTest.HavingSpaceOfSize(100, 100).ForContent(L.Column(_ => { })).ExpectPlan(SpacePlan.Empty());
    }

    [Fact]
    public void A_heading_kept_with_an_item_that_draws_nothing_is_drawn()
    {
        // Given a heading kept with next whose only successor is empty, in columns with spacing (a Korean
        // report's open question with no context and nothing related: its section took its room on the page
        // but drew nothing, because the draw, given exactly the measured height, found no room for the
        // spacing before the empty item and moved the heading on)
        var item = L.Column(c => c.Spacing(4).Item(new FakeBox(10, 10, "heading").KeepWithNext()).Item(L.Empty()));
        var section = L.Column(c => c.Spacing(6).Item(new FakeBox(10, 10, "h1").KeepWithNext()).Item(L.Column(i => i.Spacing(10).Item(item))));
        var body = L.Column(c => c.Spacing(18).Item(new FakeBox(10, 10, "before")).Item(section).Item(new FakeBox(10, 10, "after")));

        // When
        var pages = Pages.Of(100, 200, body);

        // Then
        Assert.Equal(["before", "h1", "heading", "after"], Assert.Single(pages).Markers());
    }
}
