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

    /// <summary>Builds the list element.</summary>
    public Element Build() => new ListBlock(_items.ToArray(), _labelWidth, _gap, _spacing);
}
