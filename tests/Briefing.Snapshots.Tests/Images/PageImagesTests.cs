using Briefing.Snapshots.Images;
using UglyToad.PdfPig.Writer;

namespace Briefing.Snapshots.Tests.Images;

public sealed class PageImagesTests
{
    [Fact]
    public void Every_page_comes_back_as_a_png_in_page_order_past_page_nine()
    {
        // Given: twelve pages, each one point wider than the last, so pdftoppm pads numbers (page-01.png).
        var builder = new PdfDocumentBuilder();
        for (var i = 0; i < 12; i++)
        {
            builder.AddPage(100 + 10 * i, 50);
        }

        // When
        var pages = PageImages.Render(builder.Build(), 72);

        // Then
        Assert.Equal(12, pages.Count);
        var widths = pages.Select(png => PngCodec.Decode(png).Width).ToArray();
        Assert.Equal(Enumerable.Range(0, 12).Select(i => 100 + 10 * i), widths);
    }

    [Fact]
    public void Rendering_is_deterministic()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(120, 80);
        page.DrawRectangle(new UglyToad.PdfPig.Core.PdfPoint(10, 10), 50, 30, 2, fill: false);
        var pdf = builder.Build();

        Assert.Equal(PageImages.Render(pdf, 96)[0], PageImages.Render(pdf, 96)[0]);
    }

    [Fact]
    public void A_missing_file_is_reported_by_name()
    {
        var error = Assert.Throws<FileNotFoundException>(() => PageImages.Render("/nonexistent/brief.pdf", 72));

        Assert.Equal("/nonexistent/brief.pdf", error.FileName);
    }
}
