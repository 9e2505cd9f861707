using Briefing.Typesetting.Elements;
using Briefing.Typesetting.Layout;

namespace Briefing.Typesetting.Fluent;

/// <summary>Collects a table's columns, header, cells and options; see <see cref="Blocks.Table"/>.</summary>
public sealed class TableDescriptor
{
    private readonly TableColumnsDescriptor _columns = new();
    private readonly TableCellsDescriptor _body = new();
    private Action<TableCellsDescriptor>? _header;
    private Action<TableCellDescriptor>? _cellStyle;
    private bool _keepRowsTogether;

    /// <summary>Declares the columns: <c>t.Columns(c => { c.Relative(2); c.Constant(80); })</c>.</summary>
    public TableDescriptor Columns(Action<TableColumnsDescriptor> build)
    {
        build(_columns);
        return this;
    }

    /// <summary>
    /// Declares the header rows, repeated on every page the table touches (the action runs once, when the
    /// table is built).
    /// </summary>
    public TableDescriptor Header(Action<TableCellsDescriptor> build)
    {
        _header = build;
        return this;
    }

    /// <summary>
    /// Sets the style every cell starts from (padding, border, background); a cell's own style applies on top.
    /// </summary>
    public TableDescriptor CellStyle(Action<TableCellDescriptor> style)
    {
        _cellStyle = style;
        return this;
    }

    /// <summary>Adds a body cell, left to right; a new row starts when the columns are full.</summary>
    public TableDescriptor Cell(Element content, Action<TableCellDescriptor>? style = null)
    {
        _body.Cell(content, style);
        return this;
    }

    /// <summary>Whether a row that does not fit moves whole to the next page instead of splitting.</summary>
    public TableDescriptor KeepRowsTogether(bool keep = true)
    {
        _keepRowsTogether = keep;
        return this;
    }

    /// <summary>Builds the table element.</summary>
    public Element Build()
    {
        var columns = _columns.Columns.ToArray();
        if (columns.Length == 0)
            throw new InvalidOperationException("A table needs at least one column: call Columns(...).");
        var header = _header;
        var cellStyle = _cellStyle;
        var rows = ToRows(_body, columns.Length, cellStyle, isHeader: false);
        IReadOnlyList<TableRow> headerRows = [];
        if (header is not null)
        {
            var cells = new TableCellsDescriptor();
            header(cells);
            headerRows = ToRows(cells, columns.Length, cellStyle, isHeader: true);
        }
        return new Table(columns, headerRows, rows, _keepRowsTogether);
    }

    private static TableRow[] ToRows(TableCellsDescriptor source, int columnCount, Action<TableCellDescriptor>? cellStyle, bool isHeader)
    {
        var rows = new List<TableRow>();
        var current = new List<TableCell>();
        var used = 0;
        foreach (var (content, style) in source.Cells)
        {
            var descriptor = new TableCellDescriptor();
            cellStyle?.Invoke(descriptor);
            style?.Invoke(descriptor);
            var cell = descriptor.ToCell(content);
            if (used + cell.ColumnSpan > columnCount)
                throw new InvalidOperationException($"A table cell spanning {cell.ColumnSpan} columns does not fit in the {columnCount - used} columns left in its row.");
            current.Add(cell);
            used += cell.ColumnSpan;
            if (used == columnCount)
            {
                rows.Add(new TableRow(current.ToArray(), isHeader));
                current.Clear();
                used = 0;
            }
        }

        if (current.Count > 0)
        {
            // An unfinished last row is completed with empty cells, so its grid is whole.
            while (used < columnCount)
            {
                var descriptor = new TableCellDescriptor();
                cellStyle?.Invoke(descriptor);
                current.Add(descriptor.ToCell(new Elements.Empty()));
                used++;
            }

            rows.Add(new TableRow(current.ToArray(), isHeader));
        }

        return rows.ToArray();
    }
}
