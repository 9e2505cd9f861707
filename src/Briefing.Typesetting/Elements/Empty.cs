using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;

namespace Briefing.Typesetting.Elements;

/// <summary>Nothing: takes no space and draws nothing (a placeholder, e.g. an empty table cell).</summary>
internal sealed class Empty : Element
{
    public override SpacePlan Measure(Size available, PageContext page) => SpacePlan.Empty();

    public override void Draw(Size available, DrawingContext context)
    {
    }
}
