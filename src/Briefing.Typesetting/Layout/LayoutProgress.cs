using Briefing.Typesetting.Text;

namespace Briefing.Typesetting.Layout;

/// <summary>
/// How far one layout run has come through an element tree: each element's resume position (the next
/// line of a paragraph, the next item of a column, whether an image is drawn), keyed by the element.
/// Elements hold none of it, so a tree is a description that can be laid out again, and again the same;
/// the page engine starts every run with a new instance and hands it to every page (through
/// <see cref="PageContext"/>). Typst's flow layout resumes from a cursor in the same spirit. An element of
/// your own keeps its position here, keyed by itself, and never in its fields.
/// </summary>
public sealed class LayoutProgress
{
    // Made on first use: page furniture and table headers get a progress each and need little of one.
    private readonly int _capacity;
    private Dictionary<object, object>? _positions;
    private HashSet<object>? _done;

    /// <summary>An empty progress: layout starts from the beginning of every element.</summary>
    public LayoutProgress()
    {
    }

    /// <summary>An empty progress sized for about <paramref name="capacity"/> elements (a body's run), so it does not regrow.</summary>
    /// <param name="capacity">About how many elements the run lays out.</param>
    /// <param name="paragraphs">Measured text shared with the other layouts of the same document, or null.</param>
    internal LayoutProgress(int capacity, ParagraphCache? paragraphs = null)
    {
        _capacity = capacity;
        Paragraphs = paragraphs;
    }

    /// <summary>
    /// Paragraphs measured and laid out by the other layouts of the same <see cref="Fluent.Document.LayOut()"/>
    /// call (a document that shows page numbers is laid out more than once), or null when there are none.
    /// </summary>
    internal ParagraphCache? Paragraphs { get; }

    /// <summary>The resume position of <paramref name="element"/>, or null before it first drew.</summary>
    public T? Find<T>(object element)
        where T : class =>
        _positions is not null && _positions.TryGetValue(element, out var position) ? (T)position : null;

    /// <summary>The resume position of <paramref name="element"/>, created at the start when it has none yet.</summary>
    public T Get<T>(object element)
        where T : class, new()
    {
        _positions ??= new Dictionary<object, object>(_capacity, ReferenceEqualityComparer.Instance);
        if (_positions.TryGetValue(element, out var position))
            return (T)position;
        var created = new T();
        _positions.Add(element, created);
        return created;
    }

    /// <summary>Whether an element that draws in one piece (a rule, an image, a marker) has drawn.</summary>
    public bool IsDone(object element) => _done is not null && _done.Contains(element);

    /// <summary>Records that <paramref name="element"/> has drawn all of itself.</summary>
    public void MarkDone(object element) => (_done ??= new HashSet<object>(_capacity / 4, ReferenceEqualityComparer.Instance)).Add(element);
}

/// <summary>The resume position of an element that goes through a list of children (a column's items, a table's rows).</summary>
internal sealed class Cursor
{
    /// <summary>The index of the first child not yet drawn to its end.</summary>
    public int Next { get; set; }

    /// <summary>Whether some part has been drawn.</summary>
    public bool Started { get; set; }

    /// <summary>Whether everything has been drawn.</summary>
    public bool Finished { get; set; }
}
