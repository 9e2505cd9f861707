namespace Briefing.Typesetting.Pdf.Images;

/// <summary>Turns PNG or JPEG bytes into the parts of a PDF image XObject.</summary>
internal static class ImageEncoder
{
    /// <summary>Larger images are refused so a hostile header cannot make us allocate gigabytes.</summary>
    public const long MaxPixels = 100_000_000;

    /// <summary>
    /// Encodes a PNG or JPEG; throws <see cref="ArgumentException"/> for anything unsupported or malformed.
    /// With <paramref name="archival"/> (PDF/A-1b) alpha is flattened onto white, and a CMYK JPEG is refused:
    /// the file's output intent is sRGB, and PDF/A-1 allows no device colour space the intent does not describe.
    /// </summary>
    public static EncodedImage Encode(ReadOnlySpan<byte> data, bool archival = false)
    {
        if (PngEncoder.IsPng(data))
            return PngEncoder.Encode(data, archival);
        if (JpegEncoder.IsJpeg(data))
        {
            var jpeg = JpegEncoder.Encode(data);
            if (archival && jpeg.ColorSpace == "DeviceCMYK")
                throw new ArgumentException("The JPEG is CMYK, which a PDF/A-1b file with an sRGB output intent cannot hold; convert it to RGB.", nameof(data));
            return jpeg;
        }
        throw new ArgumentException("The image is neither a PNG nor a JPEG.", nameof(data));
    }

    /// <summary>
    /// The pixel width and height from a PNG's or JPEG's header, without decoding it; throws
    /// <see cref="ArgumentException"/> for anything else, or a header <see cref="Encode"/> would refuse for its size.
    /// </summary>
    public static (int Width, int Height) ReadSize(ReadOnlySpan<byte> data)
    {
        if (PngEncoder.IsPng(data))
            return PngEncoder.ReadSize(data);
        if (JpegEncoder.IsJpeg(data))
        {
            var frame = JpegFrame.Read(data);
            CheckSize(frame.Width, frame.Height, "JPEG");
            return (frame.Width, frame.Height);
        }
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
