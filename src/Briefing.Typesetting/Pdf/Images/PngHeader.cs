namespace Briefing.Typesetting.Pdf.Images;

/// <summary>The fields of a PNG's IHDR chunk that decoding needs.</summary>
internal readonly record struct PngHeader(int Width, int Height, int BitDepth, int ColorType, bool Interlaced)
{
    /// <summary>Samples per pixel: grey 1, RGB 3, palette 1, grey+alpha 2, RGBA 4.</summary>
    public int Channels => ColorType switch { 0 => 1, 2 => 3, 3 => 1, 4 => 2, _ => 4 };

    /// <summary>Bits per pixel in the filtered scanlines.</summary>
    public int BitsPerPixel => Channels * BitDepth;

    /// <summary>The distance, in bytes, filters look back: a whole pixel, at least one byte.</summary>
    public int FilterStride => Math.Max(1, BitsPerPixel / 8);

    /// <summary>The bytes of one scanline of <paramref name="width"/> pixels, without its filter byte.</summary>
    public long RowBytes(int width) => ((long)width * BitsPerPixel + 7) / 8;

    /// <summary>Whether the bit depth is one the PNG specification allows for the colour type.</summary>
    public bool IsValidDepth => ColorType switch
    {
        0 => BitDepth is 1 or 2 or 4 or 8 or 16,
        3 => BitDepth is 1 or 2 or 4 or 8,
        2 or 4 or 6 => BitDepth is 8 or 16,
        _ => false,
    };
}
