using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;

namespace Briefing.Typesetting.Elements;

/// <summary>
/// A parallel text: two columns of aligned pairs (<see cref="ParallelPair"/>), stacked like a column's
/// items, with a thin rule down the gutter beside everything drawn on the page. The stacking (spacing,
/// keep-with-next, where a page ends) is a <see cref="Column"/>'s, so the pairs follow the same keep rules
/// as any other block.
/// </summary>
internal sealed class Parallel(Column rows, ParallelSides sides) : Element
{
    public override SpacePlan Measure(Size available, PageContext page)
    {
        var plan = rows.Measure(available, page);
        return plan.Kind == SpacePlanKind.Wrap ? SpacePlan.Wrap($"Parallel > {plan.WrapReason}") : plan;
    }

    public override void Draw(Size available, DrawingContext context)
    {
        // Measured again before drawing (the same plan, by the protocol): the rule is as tall as this page's part.
        var plan = rows.Measure(available, context.Page);
        rows.Draw(available, context);
        if (sides.RuleWidth <= 0 || !plan.Draws || plan.Size.Height <= 0)
            return;
        var x = sides.ColumnWidth(available.Width) + sides.Gutter / 2;
        var canvas = context.Canvas;
        canvas.BeginArtifact();
        canvas.DrawLine(new Point(x, 0), new Point(x, plan.Size.Height), sides.RuleColor, sides.RuleWidth);
        canvas.EndArtifact();
    }
}
