using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;

namespace Briefing.Typesetting.Elements;

/// <summary>
/// Places its child inside the space its parent gives it: <paramref name="horizontal"/> and
/// <paramref name="vertical"/> are the share of the spare room put before the child (0 start, 0.5 centre,
/// 1 end). It takes the child's size when measured, so it aligns only where the parent gives more (a fixed
/// height, a table row as tall as its tallest cell, the full width of a column).
/// </summary>
internal sealed class Alignment(Element child, double horizontal, double vertical) : Element, ISingleChild
{
    public Element Child => child;

    public override SpacePlan Measure(Size available, PageContext page) => child.Measure(available, page);

    public override void Draw(Size available, DrawingContext context)
    {
        var plan = child.Measure(available, context.Page);
        if (!plan.Draws)
            return;
        var dx = Math.Max(0, available.Width - plan.Size.Width) * horizontal;
        var dy = Math.Max(0, available.Height - plan.Size.Height) * vertical;
        context.Canvas.Translate(dx, dy);
        // Aligned to the start, the child keeps the full width, so text is set exactly as measured.
        child.Draw(new Size(horizontal == 0 ? available.Width : plan.Size.Width, plan.Size.Height), context);
        context.Canvas.Translate(-dx, -dy);
    }
}
