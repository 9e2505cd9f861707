namespace Briefing.Typesetting.Geometry;

/// <summary>An axis-aligned rectangle in points, from its top-left corner; y grows downwards.</summary>
public readonly record struct Rect(double X, double Y, double Width, double Height)
{
    /// <summary>The x of the right edge.</summary>
    public double Right => X + Width;

    /// <summary>The y of the bottom edge.</summary>
    public double Bottom => Y + Height;

    /// <summary>This rectangle moved by the given offset.</summary>
    public Rect Offset(double dx, double dy) => new(X + dx, Y + dy, Width, Height);
}
