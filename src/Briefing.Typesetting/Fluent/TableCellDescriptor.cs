using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Elements;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;

namespace Briefing.Typesetting.Fluent;

/// <summary>Styles one table cell (or, via <see cref="TableDescriptor.CellStyle"/>, every cell).</summary>
public sealed class TableCellDescriptor
{
    private int _span = 1;
    private Thickness _padding;
    private double _borderWidth;
    private Color _borderColor = Color.Black;
    private Color? _background;
    private bool _rowHeader;

    /// <summary>Makes the cell span <paramref name="columns"/> columns.</summary>
    public TableCellDescriptor ColumnSpan(int columns)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 1);
        _span = columns;
        return this;
    }

    /// <summary>Sets the same padding on every side, in points.</summary>
    public TableCellDescriptor Padding(double all) => Padding(Thickness.All(all));

    /// <summary>Sets the padding per side, in points.</summary>
    public TableCellDescriptor Padding(Thickness padding)
    {
        _padding = padding;
        return this;
    }

    /// <summary>Strokes the cell's frame; adjacent frames overlap into one grid line.</summary>
    public TableCellDescriptor Border(double width, Color color)
    {
        _borderWidth = width;
        _borderColor = color;
        return this;
    }

    /// <summary>Fills the cell with a colour.</summary>
    public TableCellDescriptor Background(Color color)
    {
        _background = color;
        return this;
    }

    /// <summary>
    /// Makes a body cell the header of its row (a group row, say): tagged TH with /Scope /Row, so assistive
    /// technology announces it with the cells it heads. Cells of header rows are column headers anyway.
    /// </summary>
    public TableCellDescriptor RowHeader(bool isRowHeader = true)
    {
        _rowHeader = isRowHeader;
        return this;
    }

    internal TableCell ToCell(Element content) => new(content, _span, _padding, _borderWidth, _borderColor, _background, _rowHeader);
}
