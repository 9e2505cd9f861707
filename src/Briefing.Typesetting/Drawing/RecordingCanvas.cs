using Briefing.Typesetting.Geometry;

namespace Briefing.Typesetting.Drawing;

/// <summary>A canvas that records what is drawn on one page, in absolute coordinates.</summary>
public sealed class RecordingCanvas : ICanvas
{
    // Commands without a position are immutable values: one instance each (one per role for tags
    // without alternative text) serves every page, rather than thousands of objects every garbage
    // collection during a long layout has to mark and copy.
    private static readonly DrawCommand.EndTag TagEnd = new();
    private static readonly DrawCommand.BeginArtifact ArtifactStart = new();
    private static readonly DrawCommand.EndArtifact ArtifactEnd = new();
    private static readonly DrawCommand.BeginTag[] Tags = CreateTags();

    private readonly List<DrawCommand> _commands;
    private double _x;
    private double _y;

    /// <summary>Creates an empty canvas.</summary>
    public RecordingCanvas()
        : this(0)
    {
    }

    /// <summary>Creates an empty canvas with room for <paramref name="capacity"/> commands before its list grows.</summary>
    public RecordingCanvas(int capacity) => _commands = new List<DrawCommand>(capacity);

    /// <summary>The commands recorded so far.</summary>
    public IReadOnlyList<DrawCommand> Commands => _commands;

    /// <summary>The list the commands are recorded in, for the page engine, which adds a page's furniture to it in place.</summary>
    internal List<DrawCommand> Recorded => _commands;

    /// <summary>Forgets what was recorded and where the origin was moved, so one canvas records one thing after another.</summary>
    internal void Clear()
    {
        _commands.Clear();
        (_x, _y) = (0, 0);
    }

    /// <inheritdoc />
    public void Translate(double dx, double dy)
    {
        _x += dx;
        _y += dy;
    }

    /// <inheritdoc />
    public void DrawText(TextRun run, Point baselineOrigin) => _commands.Add(new DrawCommand.Text(run, Abs(baselineOrigin)));

    /// <inheritdoc />
    public void FillRectangle(Rect rect, Color color) => _commands.Add(new DrawCommand.FillRectangle(Abs(rect), color));

    /// <inheritdoc />
    public void StrokeRectangle(Rect rect, Color color, double lineWidth) =>
        _commands.Add(new DrawCommand.StrokeRectangle(Abs(rect), color, lineWidth));

    /// <inheritdoc />
    public void DrawLine(Point from, Point to, Color color, double lineWidth) =>
        _commands.Add(new DrawCommand.Line(Abs(from), Abs(to), color, lineWidth));

    /// <inheritdoc />
    public void DrawImage(ReadOnlyMemory<byte> image, Rect rect) => _commands.Add(new DrawCommand.Image(image, Abs(rect)));

    /// <inheritdoc />
    public void AddLink(Rect area, LinkTarget target) => _commands.Add(new DrawCommand.Link(Abs(area), target));

    /// <inheritdoc />
    public void AddDestination(string name, Point position) => _commands.Add(new DrawCommand.Destination(name, Abs(position)));

    /// <inheritdoc />
    public void AddOutlineEntry(string title, int level, Point position) =>
        _commands.Add(new DrawCommand.OutlineEntry(title, level, Abs(position)));

    /// <inheritdoc />
    public void BeginTag(StructureRole role, string? altText = null, object? key = null) =>
        _commands.Add(altText is null && key is null && (uint)role < (uint)Tags.Length ? Tags[(int)role] : new DrawCommand.BeginTag(role, altText, key));

    /// <inheritdoc />
    public void BeginTag(StructureRole role, string? altText, object? key, string? language)
    {
        if (language is null)
            BeginTag(role, altText, key);
        else
            _commands.Add(new DrawCommand.BeginTag(role, altText, key, language));
    }

    /// <inheritdoc />
    public void EndTag() => _commands.Add(TagEnd);

    /// <inheritdoc />
    public void BeginArtifact() => _commands.Add(ArtifactStart);

    /// <inheritdoc />
    public void EndArtifact() => _commands.Add(ArtifactEnd);

    private static DrawCommand.BeginTag[] CreateTags()
    {
        var roles = Enum.GetValues<StructureRole>();
        var tags = new DrawCommand.BeginTag[roles.Length];
        for (var i = 0; i < tags.Length; i++)
            tags[i] = new DrawCommand.BeginTag((StructureRole)i, null);
        return tags;
    }

    private Point Abs(Point p) => new(p.X + _x, p.Y + _y);

    private Rect Abs(Rect r) => r.Offset(_x, _y);
}
