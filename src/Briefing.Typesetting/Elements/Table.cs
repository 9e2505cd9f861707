using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;

namespace Briefing.Typesetting.Elements;

/// <summary>
/// A grid of rows with constant or relative column widths. Header rows repeat at the top of every page
/// the table touches: the same rows, drawn on each page from the start (a layout run of their own), and
/// on pages after the first as page furniture, so the structure tree has one header. Body rows split
/// across pages, or move whole when rows keep together. The table is one structure element whatever
/// the pages it crosses.
/// </summary>
internal sealed class Table(
    IReadOnlyList<TableColumn> columns,
    IReadOnlyList<TableRow> header,
    IReadOnlyList<TableRow> rows,
    bool keepRowsTogether) : Element
{
    /// <summary>
    /// The table as rows a parallel text pairs one by one with its counterpart's (<see cref="ParallelRows"/>):
    /// each row laid with the column widths the whole table has at the width it is given, inside one Table
    /// structure element keyed by this table.
    /// </summary>
    public RowSet AsRows()
    {
        var headerRows = new Element[header.Count];
        for (var i = 0; i < header.Count; i++)
            headerRows[i] = new TableRowBlock(this, header[i]);
        var bodyRows = new Element[rows.Count];
        for (var i = 0; i < rows.Count; i++)
            bodyRows[i] = new TableRowBlock(this, rows[i]);
        return new RowSet(StructureRole.Table, this, headerRows, bodyRows, 0, keepRowsTogether);
    }

    public override SpacePlan Measure(Size available, PageContext page) => Plan(available, page, null);

    public override void Draw(Size available, DrawingContext context)
    {
        var placed = new List<(int Row, double Top, double Height, SpacePlanKind Kind)>();
        var plan = Plan(available, context.Page, placed);
        if (!plan.Draws)
            return;
        var cursor = context.Page.Progress.Get<Cursor>(this);
        var widths = Widths(available.Width)!;
        var canvas = context.Canvas;
        canvas.BeginTag(StructureRole.Table, key: this);
        var y = 0.0;
        if (header.Count > 0)
        {
            // The header draws in full on every page, so each page starts it afresh; it was measured with the
            // page's own context, where it has not drawn either (measuring never moves a resume position). Its
            // measured text is the run's to share: a header cell is measured once, not on every page.
            var headerContext = context with { Page = context.Page with { Progress = new LayoutProgress(0, context.Page.Progress.Paragraphs) } };
            if (cursor.Started)
                canvas.BeginArtifact();
            foreach (var row in header)
            {
                var h = row.Measure(widths, available.Height - y, context.Page).Size.Height;
                canvas.Translate(0, y);
                row.Draw(widths, h, headerContext);
                canvas.Translate(0, -y);
                y += h;
            }
            if (cursor.Started)
                canvas.EndArtifact();
        }

        foreach (var p in placed)
        {
            canvas.Translate(0, p.Top);
            rows[p.Row].Draw(widths, p.Height, context);
            canvas.Translate(0, -p.Top);
            cursor.Next = p.Kind == SpacePlanKind.FullRender ? p.Row + 1 : p.Row;
        }

        canvas.EndTag();
        cursor.Started = true;
        cursor.Finished = plan.Kind == SpacePlanKind.FullRender;
    }

    private SpacePlan Plan(Size available, PageContext page, List<(int, double, double, SpacePlanKind)>? placed)
    {
        var cursor = page.Progress.Find<Cursor>(this);
        if (cursor is { Finished: true } || (rows.Count == 0 && header.Count == 0))
            return SpacePlan.Empty();
        var widths = Widths(available.Width);
        if (widths is null)
            return SpacePlan.Wrap(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Table: constant columns are wider than {available.Width:0.##} pt"));
        var width = 0.0;
        foreach (var w in widths)
            width += w;

        var y = 0.0;
        foreach (var row in header)
        {
            var plan = row.Measure(widths, available.Height - y, page);
            if (plan.Kind != SpacePlanKind.FullRender)
                return SpacePlan.Wrap(plan.Kind == SpacePlanKind.Wrap ? $"Table header > {plan.WrapReason}" : "Table: header rows do not fit");
            y += plan.Size.Height;
        }

        var placedRows = 0;
        var lastHeight = 0.0;
        string? reason = null;
        var next = cursor?.Next ?? 0;
        for (var r = next; r < rows.Count; r++)
        {
            var plan = rows[r].Measure(widths, Math.Max(0, available.Height - y), page);
            if (plan.Kind == SpacePlanKind.Wrap)
            {
                reason = plan.WrapReason;
                break;
            }

            if (plan.Kind == SpacePlanKind.PartialRender && keepRowsTogether && !rows[r].Started(page) && !page.KeepRulesRelaxed)
            {
                reason = "row kept together does not fit";
                break;
            }

            placed?.Add((r, y, plan.Size.Height, plan.Kind));
            placedRows++;
            lastHeight = plan.Size.Height;
            y += plan.Size.Height;
            if (plan.Kind == SpacePlanKind.PartialRender)
                return SpacePlan.Partial(width, y);
        }

        var done = next + placedRows >= rows.Count;
        if (done)
            return SpacePlan.Full(width, y);
        // A group's heading row never ends a page: it moves on with the first row it heads.
        if (placedRows > 0 && rows[next + placedRows - 1].IsGroupHeading && !page.KeepRulesRelaxed)
        {
            placedRows--;
            y -= lastHeight;
            placed?.RemoveAt(placed.Count - 1);
        }
        // A header alone at the foot of a page says nothing: move the table on.
        return placedRows == 0 ? SpacePlan.Wrap($"Table > {reason}") : SpacePlan.Partial(width, y);
    }

    /// <summary>The column widths at <paramref name="available"/> points, or null when the constant columns do not fit.</summary>
    public double[]? Widths(double available)
    {
        var widths = new double[columns.Count];
        var used = 0.0;
        var weights = 0.0;
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].IsRelative)
                weights += columns[i].Value;
            else
                used += widths[i] = columns[i].Value;
        }

        if (!Fit.Within(used, available))
            return null;
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].IsRelative)
                widths[i] = weights > 0 ? (available - used) * columns[i].Value / weights : 0;
        }

        return widths;
    }
}
