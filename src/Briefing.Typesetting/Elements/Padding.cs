using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;

namespace Briefing.Typesetting.Elements;

/// <summary>Adds space around its child; on every page the child's part is drawn with the same padding.</summary>
internal sealed class Padding(Element child, Thickness padding) : Element, ISingleChild
{
    public Element Child => child;

    public override SpacePlan Measure(Size available, PageContext page)
    {
        if (!Fit.Within(padding.Horizontal, available.Width) || !Fit.Within(padding.Vertical, available.Height))
        {
            var plan0 = child.Measure(Size.Zero, page);
            return plan0.Kind == SpacePlanKind.Empty
                ? plan0
                : SpacePlan.Wrap($"Padding: {Fit.Describe(padding.Horizontal, padding.Vertical)} of padding does not fit in {Fit.Describe(available.Width, available.Height)}");
        }

        var plan = child.Measure(Inner(available), page);
        return plan.Kind switch
        {
            SpacePlanKind.PartialRender => SpacePlan.Partial(plan.Size.Width + padding.Horizontal, plan.Size.Height + padding.Vertical),
            SpacePlanKind.FullRender => SpacePlan.Full(plan.Size.Width + padding.Horizontal, plan.Size.Height + padding.Vertical),
            _ => plan,
        };
    }

    public override void Draw(Size available, DrawingContext context)
    {
        context.Canvas.Translate(padding.Left, padding.Top);
        child.Draw(Inner(available), context);
        context.Canvas.Translate(-padding.Left, -padding.Top);
    }

    private Size Inner(Size available) =>
        new(Math.Max(0, available.Width - padding.Horizontal), Math.Max(0, available.Height - padding.Vertical));
}
