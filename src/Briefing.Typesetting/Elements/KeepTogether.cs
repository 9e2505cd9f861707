using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;

namespace Briefing.Typesetting.Elements;

/// <summary>
/// Moves its child to the next page rather than split it. If the child does not fit even on an empty
/// page, the engine retries that page with relaxed keep rules and the child splits from the page top.
/// </summary>
internal sealed class KeepTogether(Element child) : Element, ISingleChild
{
    public Element Child => child;

    public override SpacePlan Measure(Size available, PageContext page)
    {
        var plan = child.Measure(available, page);
        if (page.Progress.IsDone(this) || page.KeepRulesRelaxed || plan.Kind is SpacePlanKind.Empty or SpacePlanKind.FullRender)
            return plan;
        return SpacePlan.Wrap(plan.Kind == SpacePlanKind.Wrap
            ? $"KeepTogether > {plan.WrapReason}"
            : $"KeepTogether: content does not fit in {Fit.Describe(available.Width, available.Height)} and must not split");
    }

    public override void Draw(Size available, DrawingContext context)
    {
        context.Page.Progress.MarkDone(this); // started: the rest may split
        child.Draw(available, context);
    }
}
