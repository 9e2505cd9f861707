using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;

namespace Briefing.Typesetting.Elements;

/// <summary>Gives its child a debug name that layout errors quote; changes nothing else.</summary>
internal sealed class Named(Element child, string name) : Element, ISingleChild
{
    public Element Child => child;

    public override SpacePlan Measure(Size available, PageContext page)
    {
        var plan = child.Measure(available, page);
        return plan.Kind == SpacePlanKind.Wrap ? SpacePlan.Wrap($"'{name}' > {plan.WrapReason}") : plan;
    }

    public override void Draw(Size available, DrawingContext context) => child.Draw(available, context);
}
