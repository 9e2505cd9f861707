using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;
using Briefing.Typesetting.Tests.Layout.Support;
using L = Briefing.Typesetting.Fluent.Blocks;

namespace Briefing.Typesetting.Tests.Layout;

public class DocumentLayouterTests
{
    private static readonly PageSetup Small = new(new Size(200, 160), new Thickness(10, 20, 10, 20));

    [Fact]
    public void Body_is_placed_inside_the_margins()
    {
        var pages = new DocumentLayouter(Small).Layout(new FakeBox(10, 10, "box"));

        Assert.Equal(new Point(10, 20), Assert.Single(pages).At("box"));
        Assert.Equal(new Size(200, 160), pages[0].Size);
    }

    [Fact]
    public void An_empty_body_still_makes_one_page()
    {
        Assert.Single(new DocumentLayouter(Small).Layout(L.Column(_ => { })));
    }

    [Fact]
    public void Header_and_footer_see_exact_page_x_of_y_and_take_their_space_from_the_body()
    {
        // Given a header and footer that remember the page contexts they were built for
        var contexts = new List<PageContext>();
        var layouter = new DocumentLayouter(Small)
        {
            Header = page =>
            {
                contexts.Add(page);
                return new FakeBox(10, 10, $"header {page.PageNumber} of {page.TotalPages}");
            },
            Footer = page => new FakeBox(10, 15, $"footer {page.PageNumber} of {page.TotalPages}"),
        };

        // When the body needs three pages of 95 pt (120 pt content - 10 header - 15 footer)
        var pages = layouter.Layout(L.Column(c =>
        {
            for (var i = 0; i < 6; i++)
                c.Item(new FakeBox(10, 40, $"b{i}"));
        }));

        // Then
        Assert.Equal(3, pages.Count);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(new Point(10, 20), pages[i].At($"header {i + 1} of 3"));
            Assert.Equal(new Point(10, 125), pages[i].At($"footer {i + 1} of 3"));
            Assert.Equal(new Point(10, 30), pages[i].At($"b{2 * i}"));
        }

        Assert.Equal([new PageContext(1, 3), new PageContext(2, 3), new PageContext(3, 3)], contexts.Where(c => c.TotalPages is not null));
    }

    [Fact]
    public void Header_and_footer_spacing_separate_them_from_the_body()
    {
        var layouter = new DocumentLayouter(Small)
        {
            Header = _ => new FakeBox(10, 10, "h"),
            Footer = _ => new FakeBox(10, 10, "f"),
            HeaderSpacing = 6,
            FooterSpacing = 4,
        };

        var pages = layouter.Layout(new FakeLines(10, 20, "p"));

        Assert.Equal(new Point(10, 36), pages[0].At("p:0"));
        Assert.Equal(new Point(10, 130), pages[0].At("f"));
        Assert.Equal("p:8", pages[0].Markers()[^2]); // 120 - 10 - 6 - 10 - 4 = 90 pt: nine lines
    }

    [Fact]
    public void Header_and_footer_are_artifacts()
    {
        var layouter = new DocumentLayouter(Small) { Header = _ => new FakeBox(10, 10, "h"), Footer = _ => new FakeBox(10, 10, "f") };

        var page = Assert.Single(layouter.Layout(new FakeBox(10, 10, "body")));

        Assert.IsType<DrawCommand.BeginArtifact>(page.Commands[0]);
        Assert.IsType<DrawCommand.BeginArtifact>(page.Commands[^4]);
        Assert.IsType<DrawCommand.EndArtifact>(page.Commands[^1]);
    }

    [Fact]
    public void Content_too_big_for_an_empty_page_throws_naming_the_element()
    {
        var body = L.Column(c => c.Item(new FakeBox(10, 10)).Item(new FakeBox(50, 500, "huge").Named("hero")));

        var error = Assert.Throws<LayoutException>(() => new DocumentLayouter(Small).Layout(body));

        Assert.Equal(2, error.PageNumber);
        Assert.Contains("'hero'", error.Message);
        Assert.Contains("FakeBox huge", error.Message);
    }

    [Fact]
    public void Content_too_wide_throws_instead_of_clipping()
    {
        Assert.Throws<LayoutException>(() => new DocumentLayouter(Small).Layout(new FakeBox(500, 10)));
    }

    [Fact]
    public void An_element_that_never_advances_ends_in_an_error_not_a_loop()
    {
        Assert.Throws<LayoutException>(() => new DocumentLayouter(Small).Layout(new Stuck(0)));
        var capped = new DocumentLayouter(Small) { MaxPages = 50 };
        var error = Assert.Throws<LayoutException>(() => capped.Layout(new Stuck(10)));
        Assert.Contains("50 pages", error.Message);
    }

    [Fact]
    public void Tags_of_a_split_element_are_reopened_and_balanced_on_every_page()
    {
        var body = L.Column(c => c.Item(new FakeLines(10, 30, "p").Tagged(StructureRole.P)));

        var pages = new DocumentLayouter(Small).Layout(body);

        Assert.Equal(3, pages.Count);
        Assert.All(pages, p =>
        {
            Assert.True(p.Commands.TagsBalanced());
            Assert.Equal([StructureRole.P], p.Commands.OpenedTags());
        });
    }

    [Fact]
    public void A_header_that_grows_once_page_numbers_are_known_is_an_error_not_clipped()
    {
        var layouter = new DocumentLayouter(Small) { Header = page => new FakeBox(10, page.TotalPages is null ? 10 : 20) };

        var error = Assert.Throws<LayoutException>(() => layouter.Layout(new FakeBox(10, 10)));

        Assert.Contains("header", error.Message);
    }

    [Fact]
    public void A_marker_before_an_oversized_kept_block_does_not_leave_a_blank_page()
    {
        var body = L.Column(c => c
            .Item(L.Empty().Destination("start"))
            .Item(new FakeLines(10, 20, "p").KeepTogether()));

        var pages = new DocumentLayouter(Small).Layout(body);

        Assert.Equal(2, pages.Count);
        Assert.Equal(["start", "p:0"], pages[0].Markers().Take(2));
    }

    /// <summary>A broken element: always says part of it fits, never advances.</summary>
    private sealed class Stuck(double height) : Element
    {
        public override SpacePlan Measure(Size available, PageContext page) => SpacePlan.Partial(10, height);

        public override void Draw(Size available, DrawingContext context)
        {
        }
    }
}
