using Briefing.Snapshots.Images;
using Briefing.Snapshots.Tests.Support;

namespace Briefing.Snapshots.Tests.Images;

public sealed class ImageComparisonTests
{
    private static byte[] RenderRectangle(double left) => PageImages.Render(TestPdfs.Rectangle(left), 72)[0];

    [Fact]
    public void The_same_page_rendered_twice_has_no_differing_pixels()
    {
        var difference = ImageComparison.Compare(RenderRectangle(60), RenderRectangle(60), channelTolerance: 0);

        Assert.True(difference.IsMatch);
        Assert.Equal(0, difference.DifferingPixels);
        Assert.Equal(0, difference.LargestChannelDifference);
        Assert.Null(difference.Region);
    }

    [Fact]
    public void Moving_a_rectangle_by_2_pt_reports_the_pixels_and_marks_them_red_in_the_mask()
    {
        // Given: at 72 dpi a point is a pixel; the 60 × 40 pt rectangle (plus its 1 pt outline) spans rows 80-120.
        var expected = RenderRectangle(60);
        var actual = RenderRectangle(62);

        // When
        var difference = ImageComparison.Compare(expected, actual, channelTolerance: 8);

        // Then: a 2 px band appears on the right and disappears on the left, 40 rows tall.
        Assert.False(difference.IsMatch);
        Assert.InRange(difference.DifferingPixels, 2 * 2 * 40, 2 * 4 * 42);
        Assert.Equal(255, difference.LargestChannelDifference);
        Assert.Equal(new PixelRegion(60, 80, 63, 41), difference.Region);
        var mask = PngCodec.Decode(difference.DiffMaskPng);
        Assert.Equal((200, 200), (mask.Width, mask.Height));
        Assert.Equal((255, 0, 0), Pixel(mask, 60, 100));
        Assert.Equal((255, 0, 0), Pixel(mask, 121, 100));
        Assert.Equal((255, 255, 255), Pixel(mask, 10, 10));
        Assert.Equal((192, 192, 192), Pixel(mask, 90, 100));
    }

    [Fact]
    public void Differences_within_the_tolerance_do_not_count_but_are_reported_as_the_largest()
    {
        var expected = new RgbImage(2, 1, [100, 100, 100, 0, 0, 0]);
        var actual = new RgbImage(2, 1, [105, 100, 100, 0, 0, 20]);

        var difference = ImageComparison.Compare(expected, actual, channelTolerance: 8);

        Assert.Equal(1, difference.DifferingPixels);
        Assert.Equal(20, difference.LargestChannelDifference);
    }

    [Fact]
    public void Images_of_different_sizes_differ_in_every_pixel_outside_the_common_area()
    {
        var expected = new RgbImage(2, 2, new byte[12]);
        var actual = new RgbImage(3, 2, new byte[18]);

        var difference = ImageComparison.Compare(expected, actual, channelTolerance: 0);

        Assert.True(difference.SizesDiffer);
        Assert.Equal(2, difference.DifferingPixels);
        Assert.Equal(255, difference.LargestChannelDifference);
    }

    private static (int, int, int) Pixel(RgbImage image, int x, int y)
    {
        var i = (y * image.Width + x) * 3;
        return (image.Pixels[i], image.Pixels[i + 1], image.Pixels[i + 2]);
    }
}
