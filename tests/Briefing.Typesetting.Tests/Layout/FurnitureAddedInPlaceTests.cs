using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;
using Briefing.Typesetting.Tests.Layout.Support;
using L = Briefing.Typesetting.Fluent.Blocks;

namespace Briefing.Typesetting.Tests.Layout;

/// <summary>
/// A page keeps the list its body was drawn into, with its header put before and its footer after the body in
/// place, instead of a copy of all three made at the end of the layout: a long layout's pages hold their lists
/// to the end, and the copies were allocated while every page was alive.
/// </summary>
public class FurnitureAddedInPlaceTests
{
    private static readonly DrawCommand.EndTag Shared = new();

    [Fact]
    public void The_header_goes_before_and_the_footer_after_the_body_in_the_body_list_itself()
    {
        // Given a body list with room for two more commands
        var body = new List<DrawCommand>(8) { Shared, Shared };
        var header = new DrawCommand.BeginArtifact();
        var footer = new DrawCommand.EndArtifact();

        // When it is framed
        var framed = DocumentLayouter.Frame(body, [header], [footer]);

        // Then it is the same list, in reading order
        Assert.Same(body, framed);
        Assert.Equal<DrawCommand>([header, Shared, Shared, footer], framed);
    }

    [Fact]
    public void A_list_with_room_is_framed_without_allocating()
    {
        var body = new List<DrawCommand>(1000);
        for (var i = 0; i < 900; i++)
            body.Add(Shared);
        DrawCommand[] header = [new DrawCommand.BeginArtifact(), Shared];
        DrawCommand[] footer = [new DrawCommand.EndArtifact()];
        DocumentLayouter.Frame(new List<DrawCommand>(8) { Shared }, header, footer); // compiled before it is counted

        var before = GC.GetAllocatedBytesForCurrentThread();
        DocumentLayouter.Frame(body, header, footer);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Equal(903, body.Count);
    }

    [Theory]
    [InlineData(10, 100)] // too small for the furniture
    [InlineData(2000, 100)] // more than a quarter left over (a list that doubled while the body was drawn)
    public void A_list_without_room_or_with_much_left_over_becomes_exactly_as_large_as_the_page(int capacity, int commands)
    {
        var body = new List<DrawCommand>(capacity);
        for (var i = 0; i < commands; i++)
            body.Add(Shared);

        DocumentLayouter.Frame(body, [new DrawCommand.BeginArtifact()], [new DrawCommand.EndArtifact()]);

        Assert.Equal(commands + 2, body.Count);
        Assert.Equal(commands + 2, body.Capacity);
    }

    [Fact]
    public void A_long_layout_allocates_its_page_lists_once()
    {
        // Given 40 pages each drawing 2,000 commands that are shared instances (so the lists are nearly all a
        // layout allocates), with a header and a footer
        var layouter = new DocumentLayouter(new PageSetup(new Size(200, 160), new Thickness(10, 20, 10, 20)))
        {
            Header = _ => new FakeBox(10, 10, "h"),
            Footer = _ => new FakeBox(10, 10, "f"),
        };
        var body = L.Column(column =>
        {
            for (var i = 0; i < 40; i++)
                column.Item(new ManyCommands(2000));
        });
        layouter.Layout(body); // compiled before it is counted

        // When it is laid out
        var before = GC.GetAllocatedBytesForCurrentThread();
        var pages = layouter.Layout(body);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Then it allocates about one reference per command (8 bytes), not a body list and then a copy of it (16)
        var commands = pages.Sum(p => p.Commands.Count);
        Assert.Equal(40, pages.Count);
        Assert.True(allocated < 12L * commands, $"{allocated} bytes for {commands} commands");
    }

    /// <summary>A box that draws a number of shared commands, so that drawing it allocates nothing but room in the page's list.</summary>
    private sealed class ManyCommands(int count) : Element
    {
        public override SpacePlan Measure(Size available, PageContext page) =>
            page.Progress.IsDone(this) ? SpacePlan.Empty() : 100 <= available.Height ? SpacePlan.Full(10, 100) : SpacePlan.Wrap("no room");

        public override void Draw(Size available, DrawingContext context)
        {
            for (var i = 0; i < count; i++)
                context.Canvas.EndTag();
            context.Page.Progress.MarkDone(this);
        }
    }
}
