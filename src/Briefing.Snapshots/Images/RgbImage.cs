namespace Briefing.Snapshots.Images;

/// <summary>An 8-bit RGB raster: three bytes per pixel, rows top to bottom, no padding.</summary>
public sealed class RgbImage
{
    /// <summary>Creates an image over the given pixels, which must hold width × height × 3 bytes.</summary>
    public RgbImage(int width, int height, byte[] pixels)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        ArgumentNullException.ThrowIfNull(pixels);
        if (pixels.LongLength != (long)width * height * 3)
        {
            throw new ArgumentException($"Expected {(long)width * height * 3} bytes for {width} × {height} RGB, got {pixels.LongLength}.", nameof(pixels));
        }

        Width = width;
        Height = height;
        Pixels = pixels;
    }

    /// <summary>Width in pixels.</summary>
    public int Width { get; }

    /// <summary>Height in pixels.</summary>
    public int Height { get; }

    /// <summary>The pixels as R, G, B bytes, row by row.</summary>
    public byte[] Pixels { get; }
}
