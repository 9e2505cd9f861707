namespace Briefing.Typesetting.Pdf.Images;

/// <summary>Turns PNG or JPEG bytes into the parts of a PDF image XObject.</summary>
internal static class ImageEncoder
{
    /// <summary>Larger images are refused so a hostile header cannot make us allocate gigabytes.</summary>
    public const long MaxPixels = 100_000_000;

    /// <summary>Encodes a PNG or JPEG; throws <see cref="ArgumentException"/> for anything unsupported or malformed.</summary>
    public static EncodedImage Encode(ReadOnlySpan<byte> data)
    {
        if (PngEncoder.IsPng(data))
            return PngEncoder.Encode(data);
        if (JpegEncoder.IsJpeg(data))
            return JpegEncoder.Encode(data);
        throw new ArgumentException("The image is neither a PNG nor a JPEG.", nameof(data));
    }

    internal static void CheckSize(long width, long height, string format)
    {
        if (width <= 0 || height <= 0)
            throw new ArgumentException($"The {format} has no pixels ({width}×{height}).", "data");
        if (width * height > MaxPixels)
            throw new ArgumentException($"The {format} is {width}×{height} pixels, more than the {MaxPixels / 1_000_000} megapixels allowed.", "data");
    }
}
