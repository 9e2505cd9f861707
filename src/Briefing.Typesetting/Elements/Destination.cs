using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;

namespace Briefing.Typesetting.Elements;

/// <summary>Declares a named destination (a link target) at the top-left of its child's first part.</summary>
internal sealed class Destination(Element child, string name) : Element, ISingleChild
{
    public Element Child => child;

    public override SpacePlan Measure(Size available, PageContext page)
    {
        var plan = child.Measure(available, page);
        return plan.Kind == SpacePlanKind.Empty && !page.Progress.IsDone(this) ? SpacePlan.Full(0, 0) : plan;
    }

    public override void Draw(Size available, DrawingContext context)
    {
        if (!context.Page.Progress.IsDone(this))
            context.Canvas.AddDestination(name, new Point(0, 0));
        context.Page.Progress.MarkDone(this);
        if (child.Measure(available, context.Page).Draws)
            child.Draw(available, context);
    }
}
