using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;
using Briefing.Typesetting.Pdf;
using Briefing.Typesetting.Tests.Layout.Support;
using Briefing.Typesetting.Text;
using L = Briefing.Typesetting.Fluent.Blocks;

namespace Briefing.Typesetting.Tests.Layout;

/// <summary>
/// A document that shows page numbers is laid out until its numbers hold, but its header and footer are measured
/// once and drawn once, on the pages of the last layout: the pages are the same as when every layout draws them.
/// </summary>
public class FurnitureDrawnOnceTests
{
    // 120 pt of body per page before the furniture takes its bands.
    private static readonly PageSetup Small = new(new Size(200, 160), new Thickness(10, 20, 10, 20));

    // Front matter that appears once pages are known pushes the target to page 2 (three layouts, as the English
    // summit brief takes); the reference's width is the page it shows, 10 pt a page.
    private static Element Body(PageMap pages) => L.Column(column =>
    {
        if (pages.IsKnown)
        {
            for (var i = 0; i < 2; i++)
                column.Item(new FakeBox(10, 30, $"front {i}"));
        }

        column.Item(new FakeBox(10 + (10 * (pages.PageOf("target") ?? 0)), 10, "reference"));
        column.Item(new FakeBox(10, 30, "target box").Destination("target"));
    });

    // "Page X of Y" as a width (its height may not depend on them): what a footer draws depends on the page and the page count.
    private static Element PageOfPages(PageContext page) => new Band((10 * page.PageNumber) + (page.TotalPages ?? 0), 10);

    [Fact]
    public void Header_and_footer_are_built_once_to_measure_and_once_a_page_of_the_last_layout()
    {
        // Given a document that takes three layouts, whose header and footer count how often they are built
        var headers = 0;
        var footers = 0;
        var document = new Document
        {
            Page = Small, Metadata = new DocumentMetadata(), Body = Body(PageMap.Unknown), BodyForPages = Body,
            Header = page => { headers++; return PageOfPages(page); },
            Footer = page => { footers++; return PageOfPages(page); },
        };

        // When
        var pages = document.LayOut(out var passes);

        // Then each was built once to reserve its band and once for each final page (not again for every layout)
        Assert.Equal(3, passes);
        Assert.Equal(2, pages.Count);
        Assert.Equal((1 + pages.Count, 1 + pages.Count), (headers, footers));
    }

    [Fact]
    public void Drawing_the_furniture_once_gives_the_pages_of_drawing_it_on_every_layout()
    {
        // Given a document whose numbers take three layouts, with furniture that shows the page and the page count
        var document = new Document
        {
            Page = Small, Metadata = new DocumentMetadata(), Body = Body(PageMap.Unknown), BodyForPages = Body,
            Header = PageOfPages, Footer = PageOfPages,
        };

        // When it is laid out, and laid out again drawing the furniture on every layout's pages
        var pages = document.LayOut(out var passes);
        var everyPass = document.LayOutFurnishingEveryPass(document.Layouter(), new ParagraphCache(), out var passesEveryPass);

        // Then both took as many layouts and give the same PDF, with the reference showing page 2
        Assert.Equal(passesEveryPass, passes);
        Assert.Equal(Pdf(everyPass), Pdf(pages));
        Assert.Contains(pages.SelectMany(p => p.Commands).OfType<DrawCommand.FillRectangle>(), fill => fill.Rect.Height == 10 && fill.Rect.Width == 30);
    }

    [Fact]
    public void Furniture_that_declares_a_destination_puts_it_in_the_map_the_body_is_composed_with()
    {
        // Given a header that declares a destination (on every page, so the map says page 1) and a body that shows its page
        static Element ShowsHeaderPage(PageMap pages) => L.Column(column =>
        {
            column.Item(new FakeBox(10 + (10 * (pages.PageOf("in header") ?? 0)), 10, "reference"));
            column.Item(new FakeBox(10, 30, "target"));
        });
        var document = new Document
        {
            Page = Small, Metadata = new DocumentMetadata(), Body = ShowsHeaderPage(PageMap.Unknown), BodyForPages = ShowsHeaderPage,
            Header = _ => new FakeBox(10, 10, "in header"),
        };

        // When
        var pages = document.LayOut(out _);

        // Then the body shows page 1 (20 pt), as it does when every layout draws the header
        Assert.Contains(pages[0].Commands.OfType<DrawCommand.FillRectangle>(), fill => fill.Rect.Height == 10 && fill.Rect.Width == 20);
        Assert.Equal(Pdf(document.LayOutFurnishingEveryPass(document.Layouter(), new ParagraphCache(), out _)), Pdf(pages));
    }

    private static byte[] Pdf(IReadOnlyList<PageRecording> pages) => new PdfDocumentWriter().Write(pages, new DocumentMetadata());

    /// <summary>A filled band of a given width and height that declares no destination (furniture seldom does).</summary>
    private sealed class Band(double width, double height) : Element
    {
        public override SpacePlan Measure(Size available, PageContext page) =>
            page.Progress.IsDone(this) ? SpacePlan.Empty() : SpacePlan.Full(Math.Min(width, available.Width), height);

        public override void Draw(Size available, DrawingContext context)
        {
            context.Canvas.FillRectangle(new Rect(0, 0, Math.Min(width, available.Width), height), Color.Black);
            context.Page.Progress.MarkDone(this);
        }
    }
}
