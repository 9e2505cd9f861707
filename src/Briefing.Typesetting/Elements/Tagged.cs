using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;

namespace Briefing.Typesetting.Elements;

/// <summary>
/// Puts its child in a structure element. Each page's part is wrapped in its own BeginTag/EndTag, so
/// tags stay balanced per page and a split child has its tag reopened on the next page.
/// </summary>
internal sealed class Tagged(Element child, StructureRole role, string? altText) : Element, ISingleChild
{
    public Element Child => child;

    public override SpacePlan Measure(Size available, PageContext page) => child.Measure(available, page);

    public override void Draw(Size available, DrawingContext context)
    {
        context.Canvas.BeginTag(role, altText);
        child.Draw(available, context);
        context.Canvas.EndTag();
    }
}
