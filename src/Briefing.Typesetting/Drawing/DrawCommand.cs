using Briefing.Typesetting.Geometry;

namespace Briefing.Typesetting.Drawing;

/// <summary>
/// One recorded drawing operation, in absolute page coordinates (points, origin top-left, y down).
/// A page is a list of these: layout produces them, the PDF writer replays them, tests read them.
/// </summary>
public abstract record DrawCommand
{
    private DrawCommand() { }

    /// <summary>A run of text; <paramref name="Baseline"/> is where its baseline starts.</summary>
    public sealed record Text(TextRun Run, Point Baseline) : DrawCommand;

    /// <summary>A filled rectangle.</summary>
    public sealed record FillRectangle(Rect Rect, Color Color) : DrawCommand;

    /// <summary>A rectangle outline.</summary>
    public sealed record StrokeRectangle(Rect Rect, Color Color, double LineWidth) : DrawCommand;

    /// <summary>A straight line.</summary>
    public sealed record Line(Point From, Point To, Color Color, double LineWidth) : DrawCommand;

    /// <summary>An image scaled into a rectangle.</summary>
    public sealed record Image(ReadOnlyMemory<byte> Data, Rect Rect) : DrawCommand;

    /// <summary>A clickable area.</summary>
    public sealed record Link(Rect Area, LinkTarget Target) : DrawCommand;

    /// <summary>A named destination for internal links.</summary>
    public sealed record Destination(string Name, Point Position) : DrawCommand;

    /// <summary>A bookmark.</summary>
    public sealed record OutlineEntry(string Title, int Level, Point Position) : DrawCommand;

    /// <summary>
    /// Opens a structure element. <paramref name="Key"/> names the logical element (compared by reference):
    /// a tag opened again with the same key, under the same parent, continues the element opened before,
    /// so a paragraph, list or table that crosses pages stays one structure element. <paramref name="Language"/>
    /// (BCP 47, e.g. <c>ko-KR</c>) is written as the element's <c>/Lang</c> when its content is in another
    /// language than the document's (a column of a parallel edition), so a screen reader switches voice.
    /// </summary>
    public sealed record BeginTag(StructureRole Role, string? AltText, object? Key = null, string? Language = null) : DrawCommand;

    /// <summary>Closes the innermost structure element.</summary>
    public sealed record EndTag : DrawCommand;

    /// <summary>Starts page furniture.</summary>
    public sealed record BeginArtifact : DrawCommand;

    /// <summary>Ends page furniture.</summary>
    public sealed record EndArtifact : DrawCommand;
}
