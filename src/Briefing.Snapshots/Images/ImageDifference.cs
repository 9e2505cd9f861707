namespace Briefing.Snapshots.Images;

/// <summary>The outcome of comparing two page images.</summary>
/// <param name="DifferingPixels">Pixels where some channel differs by more than the tolerance (pixels outside the common area count too).</param>
/// <param name="LargestChannelDifference">The largest difference of any channel of any pixel (255 when the sizes differ).</param>
/// <param name="SizesDiffer">True when the two images do not have the same width and height.</param>
/// <param name="DiffMaskPng">A PNG of the actual image faded, with differing pixels in red.</param>
/// <param name="Region">The smallest rectangle holding every differing pixel, or null when none differs.</param>
public sealed record ImageDifference(int DifferingPixels, int LargestChannelDifference, bool SizesDiffer, byte[] DiffMaskPng, PixelRegion? Region)
{
    /// <summary>True when no pixel differs beyond the tolerance and the sizes agree.</summary>
    public bool IsMatch => DifferingPixels == 0 && !SizesDiffer;
}
