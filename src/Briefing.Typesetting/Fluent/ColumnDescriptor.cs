using Briefing.Typesetting.Layout;

namespace Briefing.Typesetting.Fluent;

/// <summary>Collects a column's items and spacing; see <see cref="Blocks.Column"/>.</summary>
public sealed class ColumnDescriptor
{
    private readonly List<Element> _items = [];
    private double _spacing;

    /// <summary>Sets the vertical space between items, in points.</summary>
    public ColumnDescriptor Spacing(double points)
    {
        _spacing = points;
        return this;
    }

    /// <summary>Adds an item below the previous one.</summary>
    public ColumnDescriptor Item(Element element)
    {
        _items.Add(element);
        return this;
    }

    /// <summary>Builds the column element.</summary>
    public Element Build() => new Elements.Column(_items.ToArray(), _spacing);
}
