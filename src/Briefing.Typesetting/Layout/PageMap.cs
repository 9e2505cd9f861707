using Briefing.Typesetting.Drawing;

namespace Briefing.Typesetting.Layout;

/// <summary>
/// What one layout learned about page numbers: the page count and the page every named destination
/// landed on. A document whose text shows page numbers (contents, "see p. 4") is composed again with the
/// map of its previous layout until the map it is composed with is the map it lays out to
/// (<see cref="Fluent.Document.BodyForPages"/>).
/// </summary>
public sealed class PageMap : IEquatable<PageMap>
{
    private readonly Dictionary<string, int> pages;

    private PageMap(int pageCount, Dictionary<string, int> pages)
    {
        PageCount = pageCount;
        this.pages = pages;
    }

    /// <summary>Before any layout: no pages, no destinations.</summary>
    public static PageMap Unknown { get; } = new(0, new Dictionary<string, int>(StringComparer.Ordinal));

    /// <summary>True once a layout has filled the map.</summary>
    public bool IsKnown => PageCount > 0;

    /// <summary>How many pages the layout made (0 when unknown).</summary>
    public int PageCount { get; }

    /// <summary>How many destinations the map knows.</summary>
    public int Count => pages.Count;

    /// <summary>The map of laid-out <paramref name="recordings"/>: the first page each destination is declared on.</summary>
    public static PageMap Of(IReadOnlyList<PageRecording> recordings)
    {
        var pages = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < recordings.Count; i++)
            Declare(pages, recordings[i].Commands, i + 1);
        return new PageMap(recordings.Count, pages);
    }

    /// <summary>
    /// The map of pages whose body alone is drawn yet (<paramref name="bodies"/>, one per page): the map of the pages
    /// once their furniture is added too, when the furniture declares no destination.
    /// </summary>
    internal static PageMap Of(IReadOnlyList<RecordingCanvas> bodies)
    {
        var pages = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < bodies.Count; i++)
            Declare(pages, bodies[i].Commands, i + 1);
        return new PageMap(bodies.Count, pages);
    }

    private static void Declare(Dictionary<string, int> pages, IReadOnlyList<DrawCommand> commands, int page)
    {
        // An index loop: foreach over the interface would box the list's enumerator once a page.
        for (var c = 0; c < commands.Count; c++)
        {
            if (commands[c] is DrawCommand.Destination destination)
                pages.TryAdd(destination.Name, page);
        }
    }

    /// <summary>The (1-based) page <paramref name="destination"/> is on, or null when the map does not know it.</summary>
    public int? PageOf(string destination) => pages.TryGetValue(destination, out var page) ? page : null;

    /// <inheritdoc />
    public bool Equals(PageMap? other)
    {
        if (other is null || other.PageCount != PageCount || other.pages.Count != pages.Count)
            return false;
        foreach (var (name, page) in pages)
        {
            if (!other.pages.TryGetValue(name, out var theirs) || theirs != page)
                return false;
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PageMap);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(PageCount, pages.Count);
}
