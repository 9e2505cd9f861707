using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;

namespace Briefing.Typesetting.Elements;

/// <summary>
/// One aligned pair of a <see cref="Parallel"/>: a block and its counterpart, side by side at the column
/// width, both starting at the same height; the taller sets the pair's height. When the pair does not fit,
/// each side draws what fits and both continue at the top of the next page, so the pair stays side by side.
/// Each side is drawn inside its column's structure element (keyed by the column, so the parts of all pairs
/// join one element per column and a reader reads the left column through, then the right).
/// </summary>
internal sealed class ParallelPair(Element left, Element right, ParallelSides sides) : Element
{
    public override SpacePlan Measure(Size available, PageContext page)
    {
        var column = new Size(sides.ColumnWidth(available.Width), available.Height);
        var l = left.Measure(column, page);
        if (l.Kind == SpacePlanKind.Wrap)
            return SpacePlan.Wrap($"Parallel pair (left) > {l.WrapReason}");
        var r = right.Measure(column, page);
        if (r.Kind == SpacePlanKind.Wrap)
            return SpacePlan.Wrap($"Parallel pair (right) > {r.WrapReason}");
        if (!l.Draws && !r.Draws)
            return SpacePlan.Empty();
        var height = Math.Max(l.Draws ? l.Size.Height : 0, r.Draws ? r.Size.Height : 0);
        var partial = l.Kind == SpacePlanKind.PartialRender || r.Kind == SpacePlanKind.PartialRender;
        return partial ? SpacePlan.Partial(available.Width, height) : SpacePlan.Full(available.Width, height);
    }

    public override void Draw(Size available, DrawingContext context)
    {
        var width = sides.ColumnWidth(available.Width);
        // Both sides are measured before either draws: drawing the left moves its progress, not the right's.
        var drawLeft = left.Measure(new Size(width, available.Height), context.Page).Draws;
        var drawRight = right.Measure(new Size(width, available.Height), context.Page).Draws;
        if (drawLeft)
            DrawSide(left, 0, width, available.Height, sides.LeftKey, sides.LeftLanguage, context);
        if (drawRight)
            DrawSide(right, width + sides.Gutter, width, available.Height, sides.RightKey, sides.RightLanguage, context);
    }

    private static void DrawSide(Element side, double x, double width, double height, object key, string? language, DrawingContext context)
    {
        var canvas = context.Canvas;
        canvas.BeginTag(StructureRole.Div, null, key, language);
        canvas.Translate(x, 0);
        side.Draw(new Size(width, height), context);
        canvas.Translate(-x, 0);
        canvas.EndTag();
    }
}
