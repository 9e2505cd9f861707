using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;

namespace Briefing.Typesetting.Elements;

/// <summary>
/// One table row: measures and draws its cells side by side, all as tall as the tallest. A row that
/// splits draws every cell's frame on each page (finished cells stay empty), so the grid stays whole.
/// </summary>
internal sealed class TableRow(IReadOnlyList<TableCell> cells, bool isHeader)
{
    /// <summary>Whether the row only heads the rows under it (a group's name across the table, tagged as a row header).</summary>
    public bool IsGroupHeading { get; } = !isHeader && cells.Count > 0 && cells.All(c => c.IsRowHeader);

    /// <summary>Whether some part of the row has been drawn already in this layout run.</summary>
    public bool Started(PageContext page) => page.Progress.IsDone(this);

    /// <summary>How much of the row fits in <paramref name="height"/>, with column widths <paramref name="columns"/>.</summary>
    public SpacePlan Measure(double[] columns, double height, PageContext page)
    {
        var started = Started(page);
        var rowHeight = 0.0;
        var anyPartial = false;
        var column = 0;
        // Index loops: foreach over the interface boxes an enumerator, at every measure of every row.
        for (var c = 0; c < cells.Count; c++)
        {
            var cell = cells[c];
            var width = SpanWidth(columns, column, cell.ColumnSpan);
            column += cell.ColumnSpan;
            if (!Fit.Within(cell.Padding.Vertical, height) || !Fit.Within(cell.Padding.Horizontal, width))
                return SpacePlan.Wrap($"Table cell: padding does not fit in {Fit.Describe(width, height)}");
            var plan = cell.Content.Measure(Inner(cell, width, height), page);
            switch (plan.Kind)
            {
                case SpacePlanKind.Wrap:
                    return SpacePlan.Wrap($"Table cell > {plan.WrapReason}");
                case SpacePlanKind.Empty:
                    if (!started)
                        rowHeight = Math.Max(rowHeight, cell.Padding.Vertical);
                    continue;
                case SpacePlanKind.PartialRender:
                    anyPartial = true;
                    break;
            }

            rowHeight = Math.Max(rowHeight, plan.Size.Height + cell.Padding.Vertical);
        }

        var total = 0.0;
        foreach (var w in columns)
            total += w;
        return anyPartial ? SpacePlan.Partial(total, rowHeight) : SpacePlan.Full(total, rowHeight);
    }

    /// <summary>Draws the row's part that is <paramref name="height"/> tall (as measured) and advances its cells.</summary>
    public void Draw(double[] columns, double height, DrawingContext context)
    {
        var canvas = context.Canvas;
        canvas.BeginTag(StructureRole.TR, key: this);
        var column = 0;
        var x = 0.0;
        for (var c = 0; c < cells.Count; c++)
        {
            var cell = cells[c];
            var width = SpanWidth(columns, column, cell.ColumnSpan);
            column += cell.ColumnSpan;
            var frame = new Rect(x, 0, width, height);
            if (cell.Background is { } background)
                canvas.FillRectangle(frame, background);
            if (cell.BorderWidth > 0)
                canvas.StrokeRectangle(frame, cell.BorderColor, cell.BorderWidth);

            // Every fragment gets its cell tag (keyed by the cell, so the parts are one TD), so each TR keeps
            // one cell per column on every page.
            canvas.BeginTag(isHeader ? StructureRole.TH : cell.IsRowHeader ? StructureRole.RowHeader : StructureRole.TD, key: cell);
            var inner = Inner(cell, width, height);
            if (cell.Content.Measure(inner, context.Page).Draws)
            {
                canvas.Translate(x + cell.Padding.Left, cell.Padding.Top);
                cell.Content.Draw(inner, context);
                canvas.Translate(-x - cell.Padding.Left, -cell.Padding.Top);
            }

            canvas.EndTag();
            x += width;
        }

        canvas.EndTag();
        context.Page.Progress.MarkDone(this);
    }

    private static Size Inner(TableCell cell, double width, double height) =>
        new(Math.Max(0, width - cell.Padding.Horizontal), Math.Max(0, height - cell.Padding.Vertical));

    private static double SpanWidth(double[] columns, int first, int span)
    {
        var width = 0.0;
        for (var i = first; i < first + span && i < columns.Length; i++)
            width += columns[i];
        return width;
    }
}
