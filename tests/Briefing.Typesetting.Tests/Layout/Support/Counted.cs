using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;

namespace Briefing.Typesetting.Tests.Layout.Support;

/// <summary>A probe around an element: counts how often it is measured and drawn.</summary>
internal sealed class Counted(Element inner) : Element
{
    public int Measures { get; private set; }

    public int Draws { get; private set; }

    public override SpacePlan Measure(Size available, PageContext page)
    {
        Measures++;
        return inner.Measure(available, page);
    }

    public override void Draw(Size available, DrawingContext context)
    {
        Draws++;
        inner.Draw(available, context);
    }
}
