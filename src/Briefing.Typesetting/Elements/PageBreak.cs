using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;

namespace Briefing.Typesetting.Elements;

/// <summary>Ends the current page: it takes no space but reports a partial render once, which stops its column.</summary>
internal sealed class PageBreak : Element
{
    public override SpacePlan Measure(Size available, PageContext page) =>
        page.Progress.IsDone(this) ? SpacePlan.Empty() : SpacePlan.Partial(0, 0);

    public override void Draw(Size available, DrawingContext context) => context.Page.Progress.MarkDone(this);
}
