using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;

namespace Briefing.Typesetting.Elements;

/// <summary>
/// Strokes a frame of the given width around its child. The frame takes space (the child is inset by
/// the width) so the stroke never leaves the element's area; a split child is framed on every page.
/// </summary>
internal sealed class Border(Element child, double width, Color color) : Element, ISingleChild
{
    private readonly Padding _inset = new(child, Thickness.All(width));

    public Element Child => child;

    public override SpacePlan Measure(Size available, PageContext page) => _inset.Measure(available, page);

    public override void Draw(Size available, DrawingContext context)
    {
        var half = width / 2;
        context.Canvas.StrokeRectangle(
            new Rect(half, half, Math.Max(0, available.Width - width), Math.Max(0, available.Height - width)), color, width);
        _inset.Draw(available, context);
    }
}
