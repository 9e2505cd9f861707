using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Tests.Layout.Support;
using L = Briefing.Typesetting.Fluent.Blocks;

namespace Briefing.Typesetting.Tests.Elements;

public class KeepTests
{
    [Fact]
    public void Keep_together_moves_content_that_would_fit_on_an_empty_page()
    {
        var column = L.Column(c => c.Item(new FakeBox(10, 60, "box")).Item(new FakeLines(10, 6, "p").KeepTogether()));

        var pages = Pages.Of(100, 100, column);

        Assert.Equal(["box"], pages[0].Markers());
        Assert.Equal(["p:0", "p:1", "p:2", "p:3", "p:4", "p:5"], pages[1].Markers());
    }

    [Fact]
    public void Keep_together_content_taller_than_a_page_starts_a_page_and_then_splits()
    {
        var column = L.Column(c => c.Item(new FakeBox(10, 60, "box")).Item(new FakeLines(10, 15, "p").KeepTogether()));

        var pages = Pages.Of(100, 100, column);

        Assert.Equal(3, pages.Count);
        Assert.Equal(["box"], pages[0].Markers());
        Assert.Equal(10, pages[1].Markers().Count);
        Assert.Equal(5, pages[2].Markers().Count);
    }

    [Fact]
    public void Keep_with_next_moves_a_heading_with_the_start_of_what_follows()
    {
        // Given a heading that fits at the foot of the page, but the paragraph after it cannot start there
        var column = L.Column(c => c
            .Item(new FakeBox(10, 70, "box"))
            .Item(new FakeBox(10, 20, "heading").KeepWithNext())
            .Item(new FakeLines(10, 5, "p")));

        // When
        var pages = Pages.Of(100, 100, column);

        // Then
        Assert.Equal(["box"], pages[0].Markers());
        Assert.Equal(["heading", "p:0", "p:1", "p:2", "p:3", "p:4"], pages[1].Markers());
    }

    [Fact]
    public void A_heading_that_closes_a_nested_column_goes_on_with_what_follows_the_column()
    {
        // Given a nested column (a section's part) that ends with a heading, and the body after the nested
        // column in the outer one: the heading fits at the foot of the page, its body cannot start there
        var column = L.Column(c => c
            .Item(new FakeBox(10, 60, "box"))
            .Item(L.Column(inner => inner
                .Item(new FakeLines(10, 2, "a"))
                .Item(new FakeBox(10, 10, "heading").KeepWithNext())).Tagged(StructureRole.Sect))
            .Item(new FakeLines(10, 5, "p")));

        // When
        var pages = Pages.Of(100, 100, column);

        // Then the nested column splits before its heading, which starts the next page with the body
        Assert.Equal(["box", "a:0", "a:1"], pages[0].Markers());
        Assert.Equal(["heading", "p:0", "p:1", "p:2", "p:3", "p:4"], pages[1].Markers());
    }

    [Fact]
    public void A_heading_at_the_top_of_a_list_item_moves_with_the_item()
    {
        // Given a list item whose body starts with a heading kept with a paragraph that cannot start on the page
        var list = L.List(l => l
            .Item(new FakeBox(10, 10, "1."), new FakeBox(10, 75, "first"))
            .Item(new FakeBox(10, 10, "2."), L.Column(c => c
                .Item(new FakeBox(10, 10, "heading").KeepWithNext())
                .Item(new FakeLines(10, 4, "p")))));

        // When
        var pages = Pages.Of(100, 100, list);

        // Then label, heading and paragraph go to the next page together
        Assert.Equal(["1.", "first"], pages[0].Markers());
        Assert.Equal(["2.", "heading", "p:0", "p:1", "p:2", "p:3"], pages[1].Markers());
    }

    [Fact]
    public void A_heading_at_the_top_of_a_table_cell_moves_with_its_row()
    {
        var table = L.Table(t =>
        {
            t.Columns(c => c.Relative().Relative());
            t.Cell(new FakeBox(10, 75, "first")).Cell(L.Empty());
            t.Cell(L.Column(c => c
                .Item(new FakeBox(10, 10, "heading").KeepWithNext())
                .Item(new FakeLines(10, 4, "p")))).Cell(new FakeBox(10, 10, "beside"));
        });

        var pages = Pages.Of(100, 100, table);

        Assert.Equal(["first"], pages[0].Markers());
        Assert.Equal(["heading", "p:0", "p:1", "p:2", "p:3", "beside"], pages[1].Markers());
    }

    [Fact]
    public void Keep_with_next_holds_a_chain_of_headings_together()
    {
        var column = L.Column(c => c
            .Item(new FakeBox(10, 50, "box"))
            .Item(new FakeBox(10, 20, "h1").KeepWithNext())
            .Item(new FakeBox(10, 20, "h2").KeepWithNext().Tagged(StructureRole.H2))
            .Item(new FakeBox(10, 20, "body")));

        var pages = Pages.Of(100, 100, column);

        Assert.Equal(["box"], pages[0].Markers());
        Assert.Equal(["h1", "h2", "body"], pages[1].Markers());
    }

    [Fact]
    public void Keep_with_next_is_satisfied_when_the_next_item_starts_on_the_page()
    {
        var column = L.Column(c => c
            .Item(new FakeBox(10, 50, "box"))
            .Item(new FakeBox(10, 20, "heading").KeepWithNext())
            .Item(new FakeLines(10, 5, "p")));

        var pages = Pages.Of(100, 100, column);

        Assert.Equal(["box", "heading", "p:0", "p:1", "p:2"], pages[0].Markers());
    }

    [Fact]
    public void Page_break_starts_the_next_item_on_a_new_page()
    {
        var column = L.Column(c => c.Item(new FakeBox(10, 10, "a")).Item(L.PageBreak()).Item(new FakeBox(10, 10, "b")));

        var pages = Pages.Of(100, 100, column);

        Assert.Equal(2, pages.Count);
        Assert.Equal(["a"], pages[0].Markers());
        Assert.Equal(["b"], pages[1].Markers());
        Assert.Equal(0, pages[1].At("b").Y);
    }
}
