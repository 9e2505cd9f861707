using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;

namespace Briefing.Typesetting.Elements;

/// <summary>Declares a named destination (a link target) at the top-left of its child's first part.</summary>
internal sealed class Destination(Element child, string name) : Element, ISingleChild
{
    private bool _declared;

    public Element Child => child;

    public override SpacePlan Measure(Size available, PageContext page)
    {
        var plan = child.Measure(available, page);
        return plan.Kind == SpacePlanKind.Empty && !_declared ? SpacePlan.Full(0, 0) : plan;
    }

    public override void Draw(Size available, DrawingContext context)
    {
        if (!_declared)
            context.Canvas.AddDestination(name, new Point(0, 0));
        _declared = true;
        if (child.Measure(available, context.Page).Draws)
            child.Draw(available, context);
    }
}
