using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;

namespace Briefing.Typesetting.Tests.Layout.Support;

/// <summary>A rigid box: fits whole or wraps. Drawing marks a destination named by its id and fills its rectangle.</summary>
internal sealed class FakeBox(double width, double height, string id = "box") : Element
{
    public override SpacePlan Measure(Size available, PageContext page)
    {
        if (page.Progress.IsDone(this))
            return SpacePlan.Empty();
        return width <= available.Width + 1e-6 && height <= available.Height + 1e-6
            ? SpacePlan.Full(width, height)
            : SpacePlan.Wrap($"FakeBox {id}: needs {width}×{height}, has {available.Width}×{available.Height}");
    }

    public override void Draw(Size available, DrawingContext context)
    {
        context.Canvas.AddDestination(id, new Point(0, 0));
        context.Canvas.FillRectangle(new Rect(0, 0, width, height), Color.Black);
        context.Page.Progress.MarkDone(this);
    }
}
