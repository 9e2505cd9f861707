using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;

namespace Briefing.Composition;

/// <summary>
/// Gives its child (which may be empty) exactly <paramref name="height"/> points, centred vertically,
/// so page furniture keeps one height whatever it shows: the running-title line is reserved on page 1
/// too, and the banner's marking sits in the middle of its band whatever the font's line height.
/// </summary>
internal sealed class FixedHeight(Element child, double height) : Element
{
    public override SpacePlan Measure(Size available, PageContext page)
    {
        if (available.Height + 0.001 < height)
            return SpacePlan.Wrap($"FixedHeight: {height} pt do not fit");
        var plan = child.Measure(new Size(available.Width, height), page);
        return plan.Kind is SpacePlanKind.Wrap or SpacePlanKind.PartialRender
            ? SpacePlan.Wrap($"FixedHeight > {plan.WrapReason ?? "content taller than the fixed height"}")
            : SpacePlan.Full(available.Width, height);
    }

    public override void Draw(Size available, DrawingContext context)
    {
        var plan = child.Measure(new Size(available.Width, height), context.Page);
        if (!plan.Draws)
            return;
        var offset = Math.Max(0, (height - plan.Size.Height) / 2);
        context.Canvas.Translate(0, offset);
        child.Draw(new Size(available.Width, plan.Size.Height), context);
        context.Canvas.Translate(0, -offset);
    }
}
