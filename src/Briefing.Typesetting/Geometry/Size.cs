namespace Briefing.Typesetting.Geometry;

/// <summary>A width and a height in PDF points (1/72 inch).</summary>
public readonly record struct Size(double Width, double Height)
{
    /// <summary>No width and no height.</summary>
    public static Size Zero => default;

    /// <summary>A4 paper, 210 × 297 mm.</summary>
    public static Size A4 => new(595.2756, 841.8898);

    /// <summary>US Letter paper, 8.5 × 11 inches.</summary>
    public static Size Letter => new(612, 792);
}
