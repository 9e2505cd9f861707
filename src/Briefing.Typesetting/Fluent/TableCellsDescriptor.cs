using Briefing.Typesetting.Layout;

namespace Briefing.Typesetting.Fluent;

/// <summary>Adds cells left to right, starting a new row when the columns are full; used for header rows.</summary>
public sealed class TableCellsDescriptor
{
    internal List<(Element Content, Action<TableCellDescriptor>? Style)> Cells { get; } = [];

    /// <summary>Adds a cell with optional style (span, padding, border, background) over the table's cell style.</summary>
    public TableCellsDescriptor Cell(Element content, Action<TableCellDescriptor>? style = null)
    {
        Cells.Add((content, style));
        return this;
    }
}
