using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;

namespace Briefing.Typesetting.Elements;

/// <summary>
/// A table beside its counterpart row by row, or a list item by item, in a <see cref="Parallel"/>: row i of
/// the left beside row i of the right, both starting at the same height, the taller setting the height of
/// both (a table row's frame fills it). Header rows pair the same way and repeat at the top of every page,
/// as a table's do. A row pair that crosses a page splits on both sides and both continue at the top of the
/// next. Rows one side lacks leave its column blank beside the other's. Each side draws inside its column's
/// structure element and its own Table or L element (keyed, so every page's part joins one), each row its
/// own TR or LI: a reader meets one table or list per column, as in a one-language document.
/// </summary>
internal sealed class ParallelRows(RowSet left, RowSet right, ParallelSides sides) : Element
{
    private readonly int _rowCount = Math.Max(left.Rows.Count, right.Rows.Count);
    private readonly int _headerCount = Math.Max(left.Header.Count, right.Header.Count);
    private readonly double _spacing = Math.Max(left.Spacing, right.Spacing);
    private readonly bool _keepRowsTogether = left.KeepRowsTogether || right.KeepRowsTogether;

    public override SpacePlan Measure(Size available, PageContext page) => Plan(available, page, null);

    public override void Draw(Size available, DrawingContext context)
    {
        var layout = new PageLayout();
        var plan = Plan(available, context.Page, layout);
        if (!plan.Draws)
            return;
        var progress = context.Page.Progress.Get<RowsProgress>(this);
        var width = sides.ColumnWidth(available.Width);
        DrawSide(left, true, 0, width, layout, progress.Started, context);
        DrawSide(right, false, width + sides.Gutter, width, layout, progress.Started, context);
        if (layout.Rows.Count > 0)
        {
            var last = layout.Rows[^1];
            progress.Next = last.Kind == SpacePlanKind.FullRender ? last.Row + 1 : last.Row;
            progress.NextStarted = last.Kind == SpacePlanKind.PartialRender;
        }

        progress.Started = true;
        progress.Finished = plan.Kind == SpacePlanKind.FullRender;
    }

    private void DrawSide(RowSet set, bool isLeft, double x, double width, PageLayout layout, bool continued, DrawingContext context)
    {
        var canvas = context.Canvas;
        canvas.BeginTag(StructureRole.Div, null, isLeft ? sides.LeftKey : sides.RightKey, isLeft ? sides.LeftLanguage : sides.RightLanguage);
        canvas.Translate(x, 0);
        canvas.BeginTag(set.Role, key: set.Key);
        if (set.Header.Count > 0)
        {
            // As a table's: the header draws in full on every page from a fresh progress, an artifact after the first page.
            var headerContext = context with { Page = context.Page with { Progress = new LayoutProgress(0, context.Page.Progress.Paragraphs) } };
            if (continued)
                canvas.BeginArtifact();
            var y = 0.0;
            for (var j = 0; j < set.Header.Count; j++)
            {
                canvas.Translate(0, y);
                set.Header[j].Draw(new Size(width, layout.HeaderHeights[j]), headerContext);
                canvas.Translate(0, -y);
                y += layout.HeaderHeights[j];
            }

            if (continued)
                canvas.EndArtifact();
        }

        foreach (var row in layout.Rows)
        {
            if (!(isLeft ? row.LeftDraws : row.RightDraws))
                continue;
            canvas.Translate(0, row.Top);
            set.Rows[row.Row].Draw(new Size(width, row.Height), context);
            canvas.Translate(0, -row.Top);
        }

        canvas.EndTag();
        canvas.Translate(-x, 0);
        canvas.EndTag();
    }

    private SpacePlan Plan(Size available, PageContext page, PageLayout? layout)
    {
        var progress = page.Progress.Find<RowsProgress>(this);
        if (progress is { Finished: true } || (_rowCount == 0 && _headerCount == 0))
            return SpacePlan.Empty();
        var width = sides.ColumnWidth(available.Width);

        var y = 0.0;
        for (var j = 0; j < _headerCount; j++)
        {
            var room = new Size(width, Math.Max(0, available.Height - y));
            var l = j < left.Header.Count ? left.Header[j].Measure(room, page) : SpacePlan.Empty();
            var r = j < right.Header.Count ? right.Header[j].Measure(room, page) : SpacePlan.Empty();
            if (l.Kind == SpacePlanKind.Wrap || r.Kind == SpacePlanKind.Wrap)
                return SpacePlan.Wrap($"Parallel rows ({(l.Kind == SpacePlanKind.Wrap ? "left" : "right")}) > Table header > {(l.Kind == SpacePlanKind.Wrap ? l : r).WrapReason}");
            if (l.Kind == SpacePlanKind.PartialRender || r.Kind == SpacePlanKind.PartialRender)
                return SpacePlan.Wrap("Parallel rows: header rows do not fit");
            var height = Math.Max(l.Size.Height, r.Size.Height);
            layout?.HeaderHeights.Add(height);
            y += height;
        }

        var placed = 0;
        var done = true;
        string? reason = null;
        var next = progress?.Next ?? 0;
        for (var i = next; i < _rowCount; i++)
        {
            var top = placed > 0 ? y + _spacing : y;
            if (placed > 0 && !Fit.Within(top, available.Height))
            {
                done = false;
                reason = "no room left";
                break;
            }

            var room = new Size(width, Math.Max(0, available.Height - top));
            var l = i < left.Rows.Count ? left.Rows[i].Measure(room, page) : SpacePlan.Empty();
            var r = i < right.Rows.Count ? right.Rows[i].Measure(room, page) : SpacePlan.Empty();
            if (l.Kind == SpacePlanKind.Wrap || r.Kind == SpacePlanKind.Wrap)
            {
                done = false;
                reason = $"Parallel rows ({(l.Kind == SpacePlanKind.Wrap ? "left" : "right")}) > {(l.Kind == SpacePlanKind.Wrap ? l : r).WrapReason}";
                break;
            }

            if (!l.Draws && !r.Draws)
                continue;
            var partial = l.Kind == SpacePlanKind.PartialRender || r.Kind == SpacePlanKind.PartialRender;
            var started = progress is { NextStarted: true } && i == next;
            if (partial && _keepRowsTogether && !started && !page.KeepRulesRelaxed)
            {
                done = false;
                reason = "row kept together does not fit";
                break;
            }

            var height = Math.Max(l.Draws ? l.Size.Height : 0, r.Draws ? r.Size.Height : 0);
            var kind = partial ? SpacePlanKind.PartialRender : SpacePlanKind.FullRender;
            layout?.Rows.Add(new PlacedRow(i, top, height, kind, l.Draws, r.Draws));
            placed++;
            y = top + height;
            if (partial)
                return SpacePlan.Partial(available.Width, y);
        }

        // Nothing left to draw but rows with nothing in them: done, and no header alone on a page of its own
        // (a table without body rows still draws its header, once).
        if (done)
            return placed == 0 && (_headerCount == 0 || progress is { Started: true }) ? SpacePlan.Empty() : SpacePlan.Full(available.Width, y);
        // Headers alone at the foot of a page say nothing: move the rows on.
        return placed == 0 ? SpacePlan.Wrap(reason ?? "Parallel rows: nothing fits") : SpacePlan.Partial(available.Width, y);
    }

    /// <summary>What one page holds: the header pairs' heights and the row pairs placed.</summary>
    private sealed class PageLayout
    {
        public List<double> HeaderHeights { get; } = [];

        public List<PlacedRow> Rows { get; } = [];
    }

    private readonly record struct PlacedRow(int Row, double Top, double Height, SpacePlanKind Kind, bool LeftDraws, bool RightDraws);

    /// <summary>Where the rows stand: the next pair to draw and whether it has begun, and whether the rows have begun or finished.</summary>
    private sealed class RowsProgress
    {
        public int Next { get; set; }

        public bool NextStarted { get; set; }

        public bool Started { get; set; }

        public bool Finished { get; set; }
    }
}
