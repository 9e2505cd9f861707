using System.Runtime.InteropServices;

namespace Briefing.Typesetting.Text;

/// <summary>
/// The measured text and line layouts of paragraphs, shared by the layouts of one
/// <see cref="Fluent.Document.LayOut()"/> call. A document that shows page numbers is composed and laid out
/// again until its numbers hold (two or three layouts); its elements are new each time, but nearly all of
/// its paragraphs say the same thing in the same style, and measuring, shaping and breaking them was most
/// of a layout's cost. Entries are found by value (the spans' text, styles and links, the keep-all flag,
/// the paragraph style and the width), never by element, so a paragraph whose text changed (a contents
/// line with a new page number) is measured afresh. It lives for one call only: nothing is kept from one
/// document to the next, and a warm render still measures everything once.
/// A layout of one pass keeps a smaller one (<see cref="ParagraphCache(int, int)"/>): only short paragraphs, the
/// labels, bullets, table headers and running headers that a long document repeats on every page.
/// </summary>
internal sealed class ParagraphCache
{
    private readonly Dictionary<SpansKey, PreparedParagraph> _prepared = new();

    // The same entries by the span list they were measured from, compared by reference: a composition made again
    // with a layout's pages reuses the elements of the parts without page numbers, so most paragraphs of a later
    // layout hand in the very list the first measured, and finding it this way spares hashing its text.
    private readonly Dictionary<object, (ParagraphLayouter Layouter, PreparedParagraph Prepared)> _bySpans = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<LayoutKey, ParagraphLayout> _layouts = new();
    private readonly int _maxLength;
    private readonly int _maxEntries;

    /// <summary>A cache of every paragraph, for the layouts of one call.</summary>
    public ParagraphCache()
        : this(int.MaxValue, int.MaxValue)
    {
    }

    /// <summary>
    /// A cache of paragraphs of at most <paramref name="maxLength"/> characters, emptied whenever it holds
    /// <paramref name="maxEntries"/> of them. A long paragraph seldom comes twice, and keeping its measured text
    /// would carry it to the end of the layout (see <see cref="Elements.Paragraph"/>, which drops it once drawn);
    /// a short one often does, and measuring it (choosing faces, shaping, finding breaks) costs about as much as
    /// measuring a line of prose.
    /// </summary>
    public ParagraphCache(int maxLength, int maxEntries)
    {
        _maxLength = maxLength;
        _maxEntries = maxEntries;
    }

    /// <summary>How many paragraphs were measured (a miss), for tests and benchmarks.</summary>
    public int Measured { get; private set; }

    /// <summary>How many times a paragraph's measured text was found (a hit).</summary>
    public int Reused { get; private set; }

    /// <summary>How many of the hits were found by the span list itself (an element laid out again), without comparing text.</summary>
    public int FoundBySpans { get; private set; }

    /// <summary>How many line layouts were made (a miss).</summary>
    public int LaidOut { get; private set; }

    /// <summary>The measured text of <paramref name="spans"/>, measured by <paramref name="layouter"/> unless already known.</summary>
    public PreparedParagraph Prepare(ParagraphLayouter layouter, IReadOnlyList<TextSpan> spans, bool keepAll)
    {
        if (!Keeps(spans))
        {
            Measured++;
            return layouter.Prepare(spans, keepAll);
        }

        if (_bySpans.TryGetValue(spans, out var found) && ReferenceEquals(found.Layouter, layouter) && found.Prepared.KeepAll == keepAll)
        {
            Reused++;
            FoundBySpans++;
            return found.Prepared;
        }

        // Looked up and added with one hash of the text (a miss used to hash it twice: to look, then to add). The
        // key holds the spans the paragraph is measured from, which are the prepared paragraph's own.
        var key = new SpansKey(layouter, spans, keepAll);
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_prepared, key, out var known);
        if (known)
        {
            Reused++;
            return slot!;
        }

        PreparedParagraph prepared;
        try
        {
            prepared = slot = layouter.Prepare(spans, keepAll);
        }
        catch
        {
            _prepared.Remove(key); // no empty entry left behind
            throw;
        }

        Measured++;
        if (_prepared.Count > _maxEntries)
        {
            Clear();
            _prepared.Add(key, prepared);
        }

        _bySpans.TryAdd(prepared.Spans, (layouter, prepared));
        return prepared;
    }

    /// <summary>The lines of <paramref name="prepared"/> (from <see cref="Prepare"/>) at <paramref name="width"/>, laid out unless already known.</summary>
    public ParagraphLayout Layout(ParagraphLayouter layouter, PreparedParagraph prepared, ParagraphStyle style, double width)
    {
        if (!Keeps(prepared.Spans))
        {
            LaidOut++;
            return layouter.Layout(prepared, style, width);
        }

        var key = new LayoutKey(prepared, style, width);
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_layouts, key, out var known);
        if (known)
            return slot!;
        ParagraphLayout layout;
        try
        {
            layout = slot = layouter.Layout(prepared, style, width);
        }
        catch
        {
            _layouts.Remove(key);
            throw;
        }

        LaidOut++;
        if ((_layouts.Count - 1) / 2 >= _maxEntries) // a paragraph is laid out at one or two widths
        {
            Clear();
            _layouts.Add(key, layout);
        }

        return layout;
    }

    /// <summary>How many paragraphs the cache holds now.</summary>
    public int Count => _prepared.Count;

    /// <summary>Whether paragraphs of these spans are kept (short enough).</summary>
    private bool Keeps(IReadOnlyList<TextSpan> spans)
    {
        if (_maxLength == int.MaxValue)
            return true;
        var length = 0;
        for (var i = 0; i < spans.Count; i++)
        {
            length += spans[i].Text.Length;
            if (length > _maxLength)
                return false;
        }

        return true;
    }

    private void Clear()
    {
        _prepared.Clear();
        _bySpans.Clear();
        _layouts.Clear();
    }

    /// <summary>Spans equal by value (text, style, link), in order, measured by one layouter with one keep-all setting.</summary>
    private readonly struct SpansKey(ParagraphLayouter layouter, IReadOnlyList<TextSpan> spans, bool keepAll) : IEquatable<SpansKey>
    {
        private readonly ParagraphLayouter _layouter = layouter;
        private readonly IReadOnlyList<TextSpan> _spans = spans;
        private readonly bool _keepAll = keepAll;

        public bool Equals(SpansKey other)
        {
            if (!ReferenceEquals(_layouter, other._layouter) || _keepAll != other._keepAll || _spans.Count != other._spans.Count)
                return false;
            for (var i = 0; i < _spans.Count; i++)
            {
                if (!_spans[i].Equals(other._spans[i]))
                    return false;
            }

            return true;
        }

        public override bool Equals(object? obj) => obj is SpansKey other && Equals(other);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            hash.Add(_keepAll);
            for (var i = 0; i < _spans.Count; i++)
                hash.Add(_spans[i]);
            return hash.ToHashCode();
        }
    }

    /// <summary>One prepared paragraph (by reference: the cache made it) in one paragraph style at one width.</summary>
    private readonly record struct LayoutKey(PreparedParagraph Prepared, ParagraphStyle Style, double Width)
    {
        public bool Equals(LayoutKey other) =>
            ReferenceEquals(Prepared, other.Prepared) && Width.Equals(other.Width) && Style.Equals(other.Style);

        public override int GetHashCode() => HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Prepared), Width, Style);
    }
}
