using Briefing.Typesetting.Elements;
using Briefing.Typesetting.Layout;

namespace Briefing.Typesetting.Fluent;

/// <summary>Collects a list's items and geometry; see <see cref="Blocks.List"/>.</summary>
public sealed class ListDescriptor
{
    private readonly List<ListItem> _items = [];
    private double _labelWidth = 18;
    private double _gap = 4;
    private double _spacing;
    private object? _key;

    /// <summary>Sets the width of the label gutter in points (the hanging indent is this plus the gap).</summary>
    public ListDescriptor LabelWidth(double points)
    {
        _labelWidth = points;
        return this;
    }

    /// <summary>Sets the space between label gutter and body, in points.</summary>
    public ListDescriptor Gap(double points)
    {
        _gap = points;
        return this;
    }

    /// <summary>Sets the vertical space between items, in points.</summary>
    public ListDescriptor Spacing(double points)
    {
        _spacing = points;
        return this;
    }

    /// <summary>Adds an item: a label the caller formatted (e.g. a bullet, <c>1.</c> or <c>가.</c>) and its body.</summary>
    public ListDescriptor Item(Element label, Element body)
    {
        _items.Add(new ListItem(label, body));
        return this;
    }

    /// <summary>
    /// Adds a further piece of the previous item: drawn below it as a row of its own, without a label, in the
    /// same LI and LBody structure elements. A parallel text pairs an item's pieces one by one with its
    /// counterpart's (a question's context paragraphs and bullets); a list set alone has no need of it.
    /// </summary>
    public ListDescriptor Continue(Element body)
    {
        if (_items.Count == 0)
            throw new InvalidOperationException("Continue(...) adds a piece to the previous item: call Item(...) first.");
        _items.Add(new ListItem(new Elements.Empty(), body, Continues: true));
        return this;
    }

    /// <summary>
    /// Makes every list built with the same <paramref name="key"/> one L structure element (one list set in
    /// pieces: a list nested in an item whose pieces a parallel text pairs); by default each list is its own.
    /// </summary>
    public ListDescriptor Joins(object key)
    {
        _key = key;
        return this;
    }

    /// <summary>Builds the list element.</summary>
    public Element Build() => new ListBlock(_items.ToArray(), _labelWidth, _gap, _spacing, _key);
}
