using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;

namespace Briefing.Typesetting.Elements;

/// <summary>
/// A grid of rows with constant or relative column widths. Header rows repeat at the top of every page
/// the table touches: they are built afresh for each page by <paramref name="headerFactory"/>, because a
/// drawn element is spent. Body rows split across pages, or move whole when rows keep together.
/// </summary>
internal sealed class Table(
    IReadOnlyList<TableColumn> columns,
    Func<IReadOnlyList<TableRow>> headerFactory,
    IReadOnlyList<TableRow> rows,
    bool keepRowsTogether) : Element
{
    private IReadOnlyList<TableRow>? _headerForMeasuring;
    private int _nextRow;
    private bool _finished;

    public override SpacePlan Measure(Size available, PageContext page)
    {
        // Measuring never spends an element, so one header instance serves every measurement.
        _headerForMeasuring ??= headerFactory();
        return Plan(available, page, _headerForMeasuring, null);
    }

    public override void Draw(Size available, DrawingContext context)
    {
        var placed = new List<(int Row, double Top, double Height, SpacePlanKind Kind)>();
        var header = headerFactory();
        var plan = Plan(available, context.Page, header, placed);
        if (!plan.Draws)
            return;
        var widths = Widths(available.Width)!;
        var canvas = context.Canvas;
        canvas.BeginTag(StructureRole.Table);
        var y = 0.0;
        foreach (var row in header)
        {
            var h = row.Measure(widths, available.Height - y, context.Page).Size.Height;
            canvas.Translate(0, y);
            row.Draw(widths, h, context);
            canvas.Translate(0, -y);
            y += h;
        }

        foreach (var p in placed)
        {
            canvas.Translate(0, p.Top);
            rows[p.Row].Draw(widths, p.Height, context);
            canvas.Translate(0, -p.Top);
            _nextRow = p.Kind == SpacePlanKind.FullRender ? p.Row + 1 : p.Row;
        }

        canvas.EndTag();
        _finished = plan.Kind == SpacePlanKind.FullRender;
    }

    private SpacePlan Plan(
        Size available, PageContext page, IReadOnlyList<TableRow> header, List<(int, double, double, SpacePlanKind)>? placed)
    {
        if (_finished || (rows.Count == 0 && header.Count == 0))
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
        string? reason = null;
        for (var r = _nextRow; r < rows.Count; r++)
        {
            var plan = rows[r].Measure(widths, Math.Max(0, available.Height - y), page);
            if (plan.Kind == SpacePlanKind.Wrap)
            {
                reason = plan.WrapReason;
                break;
            }

            if (plan.Kind == SpacePlanKind.PartialRender && keepRowsTogether && !rows[r].Started && !page.KeepRulesRelaxed)
            {
                reason = "row kept together does not fit";
                break;
            }

            placed?.Add((r, y, plan.Size.Height, plan.Kind));
            placedRows++;
            y += plan.Size.Height;
            if (plan.Kind == SpacePlanKind.PartialRender)
                return SpacePlan.Partial(width, y);
        }

        var done = _nextRow + placedRows >= rows.Count;
        if (done)
            return SpacePlan.Full(width, y);
        // A header alone at the foot of a page says nothing: move the table on.
        return placedRows == 0 ? SpacePlan.Wrap($"Table > {reason}") : SpacePlan.Partial(width, y);
    }

    private double[]? Widths(double available)
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
