using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;

namespace Briefing.Typesetting.Elements;

/// <summary>Fills the space its parent gives it with a colour, then draws its child on top.</summary>
internal sealed class Background(Element child, Color color) : Element, ISingleChild
{
    public Element Child => child;

    public override SpacePlan Measure(Size available, PageContext page) => child.Measure(available, page);

    public override void Draw(Size available, DrawingContext context)
    {
        context.Canvas.FillRectangle(new Rect(0, 0, available.Width, available.Height), color);
        child.Draw(available, context);
    }
}
