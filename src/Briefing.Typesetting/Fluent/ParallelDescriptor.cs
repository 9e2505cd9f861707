using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Layout;

namespace Briefing.Typesetting.Fluent;

/// <summary>Collects the aligned pairs of a parallel text and its gutter, rule and column languages; see <see cref="Blocks.Parallel"/>.</summary>
public sealed class ParallelDescriptor
{
    private readonly List<(Element Left, Element Right, bool KeepWithNext, bool ByRows, bool KeepTogether, string? Name)> _pairs = [];
    private double _spacing;
    private double _gutter = 18;
    private double _ruleWidth;
    private Color _ruleColor = Color.Black;
    private string? _leftLanguage;
    private string? _rightLanguage;

    /// <summary>Sets the vertical space between pairs, in points.</summary>
    public ParallelDescriptor Spacing(double points)
    {
        _spacing = points;
        return this;
    }

    /// <summary>Sets the space between the two columns, in points (18 unless set).</summary>
    public ParallelDescriptor Gutter(double points)
    {
        _gutter = points;
        return this;
    }

    /// <summary>Draws a rule of <paramref name="thickness"/> down the middle of the gutter (none unless set).</summary>
    public ParallelDescriptor Rule(double thickness, Color color)
    {
        _ruleWidth = thickness;
        _ruleColor = color;
        return this;
    }

    /// <summary>
    /// The languages of the columns (BCP 47), written as <c>/Lang</c> on each column's structure element so
    /// a screen reader reads each column in its own voice.
    /// </summary>
    public ParallelDescriptor Languages(string? left, string? right)
    {
        _leftLanguage = left;
        _rightLanguage = right;
        return this;
    }

    /// <summary>
    /// Adds a pair below the previous one: <paramref name="left"/> beside its counterpart <paramref name="right"/>.
    /// A pair marked <paramref name="keepWithNext"/> (a pair of headings) never ends a page without the next pair.
    /// </summary>
    public ParallelDescriptor Pair(Element left, Element right, bool keepWithNext = false)
    {
        _pairs.Add((left, right, keepWithNext, false, false, null));
        return this;
    }

    /// <summary>
    /// Adds a table beside its counterpart row by row, or a list item by item, below the previous pair: row i
    /// of <paramref name="left"/> beside row i of <paramref name="right"/>, the taller setting the height of both
    /// (a table row's frame fills it), header rows paired and repeated on every page, each column's rows one
    /// Table or L structure element. A row one side lacks stands alone. Both must be tables built by
    /// <see cref="Blocks.Table"/> or lists built by <see cref="Blocks.List"/>, not wrapped; any other pair is
    /// placed whole, as <see cref="Pair"/> places it. <paramref name="keepTogether"/> moves the rows to the next
    /// page rather than split them (a short table). <paramref name="name"/>, when given, names the rows in
    /// layout errors, as <see cref="ElementExtensions.Named"/> names an element.
    /// </summary>
    public ParallelDescriptor Rows(Element left, Element right, bool keepTogether = false, string? name = null)
    {
        _pairs.Add((left, right, false, true, keepTogether, name));
        return this;
    }

    /// <summary>Builds the parallel element.</summary>
    public Element Build()
    {
        var sides = new Elements.ParallelSides(_gutter, _ruleWidth, _ruleColor, _leftLanguage, _rightLanguage);
        var rows = new Element[_pairs.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            var (left, right, keep, byRows, together, name) = _pairs[i];
            Element pair = byRows && PairedRows(left, right) is ({ } l, { } r)
                ? new Elements.ParallelRows(l, r, sides)
                : new Elements.ParallelPair(left, right, sides);
            if (together)
                pair = new Elements.KeepTogether(pair);
            if (name is not null)
                pair = new Elements.Named(pair, name);
            rows[i] = keep ? new Elements.KeepWithNext(pair) : pair;
        }

        return new Elements.Parallel(new Elements.Column(rows, _spacing), sides);
    }

    // Two tables, or two lists: their rows. A table beside a list (or anything else) has no rows to pair.
    private static (Elements.RowSet, Elements.RowSet)? PairedRows(Element left, Element right) =>
        Elements.RowSet.Of(left) is { } l && Elements.RowSet.Of(right) is { } r && l.Role == r.Role ? (l, r) : null;
}
