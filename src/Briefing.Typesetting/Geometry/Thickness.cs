namespace Briefing.Typesetting.Geometry;

/// <summary>Four edge widths in points (margins, paddings, borders).</summary>
public readonly record struct Thickness(double Left, double Top, double Right, double Bottom)
{
    /// <summary>The same width on every edge.</summary>
    public static Thickness All(double value) => new(value, value, value, value);

    /// <summary>Left plus right.</summary>
    public double Horizontal => Left + Right;

    /// <summary>Top plus bottom.</summary>
    public double Vertical => Top + Bottom;
}
