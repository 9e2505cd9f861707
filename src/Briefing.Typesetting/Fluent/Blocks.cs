using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Layout;

namespace Briefing.Typesetting.Fluent;

/// <summary>
/// Entry points for building a document tree: <c>Blocks.Column(c => { c.Spacing(6); c.Item(...); })</c>.
/// An element is a description: the same tree can be laid out any number of times, with the same pages.
/// </summary>
public static class Blocks
{
    /// <summary>A vertical stack of items with spacing; continues on the next page from the item that did not fit.</summary>
    public static Element Column(Action<ColumnDescriptor> build)
    {
        var descriptor = new ColumnDescriptor();
        build(descriptor);
        return descriptor.Build();
    }

    /// <summary>Items side by side with constant, relative or auto widths.</summary>
    public static Element Row(Action<RowDescriptor> build)
    {
        var descriptor = new RowDescriptor();
        build(descriptor);
        return descriptor.Build();
    }

    /// <summary>A table with constant or relative columns, repeated header rows and styled cells.</summary>
    public static Element Table(Action<TableDescriptor> build)
    {
        var descriptor = new TableDescriptor();
        build(descriptor);
        return descriptor.Build();
    }

    /// <summary>A list of items with caller-formatted labels (bullets, numbers, <c>가.</c>) and a hanging indent.</summary>
    public static Element List(Action<ListDescriptor> build)
    {
        var descriptor = new ListDescriptor();
        build(descriptor);
        return descriptor.Build();
    }

    /// <summary>
    /// A parallel text: pairs of blocks side by side in two columns (a text and its translation), each pair
    /// aligned at its top and as tall as its taller side; a pair that crosses a page continues on both sides.
    /// </summary>
    public static Element Parallel(Action<ParallelDescriptor> build)
    {
        var descriptor = new ParallelDescriptor();
        build(descriptor);
        return descriptor.Build();
    }

    /// <summary>A PNG or JPEG image scaled to the available width; <paramref name="altText"/> null or blank marks it decorative.</summary>
    public static Element Image(ReadOnlyMemory<byte> data, string? altText) => new Elements.Image(data, altText);

    /// <summary>A horizontal rule across the available width.</summary>
    public static Element Line(double thickness, Color color) => new Elements.Line(thickness, color);

    /// <summary>Ends the current page; what follows starts on the next.</summary>
    public static Element PageBreak() => new Elements.PageBreak();

    /// <summary>Nothing: takes no space (a placeholder, e.g. for an empty cell).</summary>
    public static Element Empty() => new Elements.Empty();
}
