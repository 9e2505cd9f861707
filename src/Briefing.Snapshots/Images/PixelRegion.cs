namespace Briefing.Snapshots.Images;

/// <summary>A rectangle of pixels, from the top-left corner of the image.</summary>
/// <param name="X">Left column.</param>
/// <param name="Y">Top row.</param>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
public readonly record struct PixelRegion(int X, int Y, int Width, int Height)
{
    /// <summary>Shows the region as inclusive column and row ranges, e.g. <c>x 100-221, y 381-441</c>.</summary>
    public override string ToString() => $"x {X}-{X + Width - 1}, y {Y}-{Y + Height - 1}";
}
