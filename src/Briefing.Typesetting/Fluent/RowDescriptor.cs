using Briefing.Typesetting.Elements;
using Briefing.Typesetting.Layout;

namespace Briefing.Typesetting.Fluent;

/// <summary>Collects a row's items and spacing; see <see cref="Blocks.Row"/>.</summary>
public sealed class RowDescriptor
{
    private readonly List<RowItem> _items = [];
    private double _spacing;

    /// <summary>Sets the horizontal space between items, in points.</summary>
    public RowDescriptor Spacing(double points)
    {
        _spacing = points;
        return this;
    }

    /// <summary>Adds an item of a fixed width in points.</summary>
    public RowDescriptor ConstantItem(double width, Element element)
    {
        _items.Add(new RowItem(RowItemKind.Constant, width, element));
        return this;
    }

    /// <summary>Adds an item that takes a share (by <paramref name="weight"/>) of the width the other items leave.</summary>
    public RowDescriptor RelativeItem(Element element, double weight = 1)
    {
        _items.Add(new RowItem(RowItemKind.Relative, weight, element));
        return this;
    }

    /// <summary>Adds an item as wide as its content asks.</summary>
    public RowDescriptor AutoItem(Element element)
    {
        _items.Add(new RowItem(RowItemKind.Auto, 0, element));
        return this;
    }

    /// <summary>Builds the row element.</summary>
    public Element Build() => new Row(_items.ToArray(), _spacing);
}
