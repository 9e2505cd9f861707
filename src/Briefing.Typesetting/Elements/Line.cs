using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;

namespace Briefing.Typesetting.Elements;

/// <summary>A horizontal rule across the whole available width, as tall as its thickness.</summary>
internal sealed class Line(double thickness, Color color) : Element
{
    public override SpacePlan Measure(Size available, PageContext page)
    {
        if (page.Progress.IsDone(this))
            return SpacePlan.Empty();
        return Fit.Within(thickness, available.Height)
            ? SpacePlan.Full(available.Width, thickness)
            : SpacePlan.Wrap($"Line: {thickness} pt rule does not fit in {Fit.Describe(available.Width, available.Height)}");
    }

    public override void Draw(Size available, DrawingContext context)
    {
        var y = thickness / 2;
        context.Canvas.DrawLine(new Point(0, y), new Point(available.Width, y), color, thickness);
        context.Page.Progress.MarkDone(this);
    }
}
