namespace Briefing.Typesetting.Geometry;

/// <summary>A position in points; y grows downwards, as on a page read top to bottom.</summary>
public readonly record struct Point(double X, double Y);
