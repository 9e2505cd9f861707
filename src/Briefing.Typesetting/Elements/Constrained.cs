using System.Globalization;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;

namespace Briefing.Typesetting.Elements;

/// <summary>
/// Bounds its child's size: at most <paramref name="maxWidth"/> × <paramref name="maxHeight"/> (the child is
/// given no more), at least <paramref name="minWidth"/> × <paramref name="minHeight"/> (the element takes that
/// much even when the child needs less, or nothing). Equal bounds give a fixed size. A child that does not fit
/// within the maximum height continues on the next page, as it would in a smaller page.
/// </summary>
internal sealed class Constrained(Element child, double minWidth, double maxWidth, double minHeight, double maxHeight)
    : Element, ISingleChild
{
    public Element Child => child;

    public override SpacePlan Measure(Size available, PageContext page)
    {
        if (page.Progress.IsDone(this))
            return SpacePlan.Empty();
        if (!Fit.Within(minWidth, available.Width) || !Fit.Within(minHeight, available.Height))
        {
            return SpacePlan.Wrap(string.Create(CultureInfo.InvariantCulture,
                $"Constrained: needs at least {Fit.Describe(minWidth, minHeight)}, has {Fit.Describe(available.Width, available.Height)}"));
        }

        var plan = child.Measure(Inner(available), page);
        return plan.Kind switch
        {
            SpacePlanKind.Wrap => SpacePlan.Wrap($"Constrained > {plan.WrapReason}"),
            // Nothing to draw, but the minimum size is still taken (a reserved line, an empty band).
            SpacePlanKind.Empty => minWidth > 0 || minHeight > 0 ? SpacePlan.Full(minWidth, minHeight) : plan,
            SpacePlanKind.PartialRender => SpacePlan.Partial(Width(plan), Height(plan)),
            _ => SpacePlan.Full(Width(plan), Height(plan)),
        };
    }

    public override void Draw(Size available, DrawingContext context)
    {
        var inner = Inner(available);
        var plan = child.Measure(inner, context.Page);
        if (plan.Draws)
            child.Draw(inner, context);
        else
            context.Page.Progress.MarkDone(this); // only the minimum size was drawn, once
    }

    private Size Inner(Size available) => new(Math.Min(available.Width, maxWidth), Math.Min(available.Height, maxHeight));

    private double Width(SpacePlan plan) => Math.Max(minWidth, Math.Min(plan.Size.Width, maxWidth));

    private double Height(SpacePlan plan) => Math.Max(minHeight, Math.Min(plan.Size.Height, maxHeight));
}
