using Briefing.Typesetting.Pdf.Images;

namespace Briefing.Typesetting.Tests.Pdf.Images;

/// <summary>PDF/A-1 allows no transparency: with <c>archival</c> an image's alpha is composited onto white.</summary>
public sealed class FlattenedImageTests
{
    [Fact]
    public void Rgba_pixels_are_composited_onto_white_and_no_soft_mask_is_left()
    {
        // Given red opaque, red half transparent, and a fully transparent black pixel
        var png = new TestPng(3, 1, 6, 8, false, [255, 0, 0, 255, 255, 0, 0, 128, 0, 0, 0, 0]);

        // When
        var image = ImageEncoder.Encode(png.Encode(), archival: true);

        // Then: 255·a + 255·(1 − a) for red, 0·a + 255·(1 − a) for green and blue
        Assert.Null(image.SoftMask);
        Assert.Equal([255, 0, 0, 255, 127, 127, 255, 255, 255], ReadBack.Samples(image, 3));
    }

    [Fact]
    public void A_palette_with_transparency_becomes_flattened_rgb()
    {
        var png = new TestPng(2, 1, 3, 8, false, [0, 1], Palette: [255, 0, 0, 0, 0, 255], Transparency: [255, 0]);

        var image = ImageEncoder.Encode(png.Encode(), archival: true);

        Assert.Null(image.Palette);
        Assert.Null(image.SoftMask);
        Assert.Equal("DeviceRGB", image.ColorSpace);
        Assert.Equal([255, 0, 0, 255, 255, 255], ReadBack.Samples(image, 3));
    }

    [Fact]
    public void Without_archival_the_same_image_keeps_its_soft_mask()
    {
        var png = new TestPng(3, 1, 6, 8, false, [255, 0, 0, 255, 255, 0, 0, 128, 0, 0, 0, 0]);

        Assert.NotNull(ImageEncoder.Encode(png.Encode()).SoftMask);
    }

    [Fact]
    public void Sixteen_bit_samples_become_eight_bit_since_PDF_1_4_has_no_sixteen_bit_images()
    {
        var png = new TestPng(2, 1, 0, 16, false, [0x0000, 0xFFFF]);

        Assert.Equal(16, ImageEncoder.Encode(png.Encode()).BitsPerComponent);
        var archival = ImageEncoder.Encode(png.Encode(), archival: true);
        Assert.Equal(8, archival.BitsPerComponent);
        Assert.Equal([0, 255], ReadBack.Samples(archival, 1));
    }
}
