using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;
using Briefing.Typesetting.Pdf;
using Briefing.Typesetting.Tests.Layout.Support;
using L = Briefing.Typesetting.Fluent.Blocks;

namespace Briefing.Typesetting.Tests.Layout;

/// <summary>Text that shows page numbers: the document is composed again with what each layout learned until the numbers hold.</summary>
public class PagePassesTests
{
    // 120 pt of body per page.
    private static readonly PageSetup Small = new(new Size(200, 160), new Thickness(10, 20, 10, 20));

    [Fact]
    public void A_reference_whose_own_front_matter_moves_its_target_is_laid_out_until_its_number_holds()
    {
        // Given a body whose front matter (like contents) appears once pages are known and pushes the target to page 2
        static Element Body(PageMap pages) => L.Column(column =>
        {
            if (pages.IsKnown)
            {
                for (var i = 0; i < 3; i++)
                    column.Item(new FakeBox(10, 40, $"front {i}"));
            }

            // The number it shows is the box's width (10 pt per page), so the box keeps one name in every pass.
            column.Item(new FakeBox(10 + (10 * (pages.PageOf("target") ?? 0)), 10, "reference"));
            column.Item(new FakeBox(10, 40, "target").Destination("target"));
        });
        var document = new Document { Page = Small, Metadata = new DocumentMetadata(), Body = Body(PageMap.Unknown), BodyForPages = Body };

        // When
        var pages = document.LayOut(out var passes);

        // Then the first composition put the target on page 1, the second learned it moved to page 2, the third holds
        Assert.Equal(3, passes);
        Assert.Equal(2, pages.Count);
        Assert.Contains("reference", pages[1].Markers());
        Assert.Contains(pages[1].Commands.OfType<DrawCommand.FillRectangle>(), fill => fill.Rect.Height == 10 && fill.Rect.Width == 30);
        Assert.Equal(2, PageMap.Of(pages).PageOf("target"));
    }

    [Fact]
    public void Numbers_that_never_settle_stop_after_the_bounded_number_of_passes()
    {
        // Given a body that moves its target off the page the last layout put it on, for ever
        static Element Body(PageMap pages) => L.Column(column =>
        {
            if (pages.PageOf("target") == 1)
                column.Item(new FakeBox(10, 100, "pusher"));
            column.Item(new FakeBox(10, 40, "target").Destination("target"));
        });
        var document = new Document { Page = Small, Metadata = new DocumentMetadata(), Body = Body(PageMap.Unknown), BodyForPages = Body, MaxPasses = 5 };

        // When
        document.LayOut(out var passes);

        // Then
        Assert.Equal(5, passes);
    }

    [Fact]
    public void A_body_without_page_numbers_is_laid_out_once()
    {
        var document = new Document { Page = Small, Metadata = new DocumentMetadata(), Body = new FakeBox(10, 10, "box") };

        document.LayOut(out var passes);

        Assert.Equal(1, passes);
    }

    [Fact]
    public void The_page_map_knows_the_first_page_of_each_destination_and_the_page_count()
    {
        var pages = new DocumentLayouter(Small).Layout(L.Column(column =>
        {
            column.Item(new FakeBox(10, 100, "a").Destination("a"));
            column.Item(new FakeBox(10, 100, "b").Destination("b"));
        }));

        var map = PageMap.Of(pages);

        Assert.Equal((2, 1, 2, null), (map.PageCount, map.PageOf("a"), map.PageOf("b"), map.PageOf("c")));
        Assert.False(PageMap.Unknown.IsKnown);
        Assert.NotEqual(PageMap.Unknown, map);
        Assert.Equal(map, PageMap.Of(pages));
    }
}
