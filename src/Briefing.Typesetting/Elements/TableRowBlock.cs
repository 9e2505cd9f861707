using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;

namespace Briefing.Typesetting.Elements;

/// <summary>
/// One row of a <see cref="Table"/> as an element of its own, laid with the column widths the whole table
/// has at the width it is given, so rows laid one by one line up as the table's would. Drawn taller than
/// measured, its cells' frames and backgrounds fill the height (a parallel pair's taller side sets it).
/// </summary>
internal sealed class TableRowBlock(Table table, TableRow row) : Element
{
    public override SpacePlan Measure(Size available, PageContext page)
    {
        var widths = table.Widths(available.Width);
        if (widths is null)
            return SpacePlan.Wrap(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Table row: constant columns are wider than {available.Width:0.##} pt"));
        return row.Measure(widths, available.Height, page);
    }

    public override void Draw(Size available, DrawingContext context) =>
        row.Draw(table.Widths(available.Width)!, available.Height, context);
}
