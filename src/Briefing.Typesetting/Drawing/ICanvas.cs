using Briefing.Typesetting.Geometry;

namespace Briefing.Typesetting.Drawing;

/// <summary>
/// What elements draw into. Coordinates are in points from the current origin, y downwards;
/// <see cref="Translate"/> moves the origin so that an element draws in its own coordinates.
/// </summary>
public interface ICanvas
{
    /// <summary>Moves the origin by the given offset (undo it by translating back).</summary>
    void Translate(double dx, double dy);

    /// <summary>Draws a run of text with its baseline starting at <paramref name="baselineOrigin"/>.</summary>
    void DrawText(TextRun run, Point baselineOrigin);

    /// <summary>Fills a rectangle.</summary>
    void FillRectangle(Rect rect, Color color);

    /// <summary>Strokes a rectangle's outline.</summary>
    void StrokeRectangle(Rect rect, Color color, double lineWidth);

    /// <summary>Draws a straight line.</summary>
    void DrawLine(Point from, Point to, Color color, double lineWidth);

    /// <summary>Draws an image (PNG or JPEG bytes) scaled into a rectangle.</summary>
    void DrawImage(ReadOnlyMemory<byte> image, Rect rect);

    /// <summary>Makes an area clickable.</summary>
    void AddLink(Rect area, LinkTarget target);

    /// <summary>Declares a named destination at a point, for internal links.</summary>
    void AddDestination(string name, Point position);

    /// <summary>Adds a bookmark at a point; level 1 is the top of the outline.</summary>
    void AddOutlineEntry(string title, int level, Point position);

    /// <summary>
    /// Opens a structure element; everything drawn until the matching <see cref="EndTag"/> belongs to it. An
    /// element that draws in parts (one per page) passes itself as <paramref name="key"/>: every part then
    /// joins one structure element instead of starting a new one.
    /// </summary>
    void BeginTag(StructureRole role, string? altText = null, object? key = null);

    /// <summary>
    /// As <see cref="BeginTag(StructureRole, string?, object?)"/>, for an element whose content is in
    /// <paramref name="language"/> (BCP 47), written as its <c>/Lang</c>.
    /// </summary>
    void BeginTag(StructureRole role, string? altText, object? key, string? language);

    /// <summary>Closes the innermost open structure element.</summary>
    void EndTag();

    /// <summary>Marks what follows as page furniture (headers, footers, banners), not content.</summary>
    void BeginArtifact();

    /// <summary>Ends the artifact opened by <see cref="BeginArtifact"/>.</summary>
    void EndArtifact();
}
