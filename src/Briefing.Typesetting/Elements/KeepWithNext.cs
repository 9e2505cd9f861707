using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;

namespace Briefing.Typesetting.Elements;

/// <summary>
/// Marks its child so that a column never ends a page with it: if the next sibling cannot start on
/// the same page, the child moves to the next page too. The column does the work; this only marks.
/// </summary>
internal sealed class KeepWithNext(Element child) : Element, ISingleChild
{
    public Element Child => child;

    public override SpacePlan Measure(Size available, PageContext page) => child.Measure(available, page);

    public override void Draw(Size available, DrawingContext context) => child.Draw(available, context);

    /// <summary>
    /// Whether <paramref name="element"/> ends with an item marked keep-with-next: it is marked itself, or
    /// (through single-child wrappers) it is a column whose last item ends so. Such an element, placed whole
    /// at the foot of a page, would leave its last item there without what follows it in the parent.
    /// </summary>
    public static bool EndsWith(Element element)
    {
        var current = element;
        while (true)
        {
            if (current is KeepWithNext)
                return true;
            if (current is Column { LastItem: { } last })
                current = last;
            else if (current is ISingleChild wrapper)
                current = wrapper.Child;
            else
                return false;
        }
    }

    /// <summary>Whether <paramref name="element"/>, seen through single-child wrappers, is marked keep-with-next.</summary>
    public static bool Applies(Element element)
    {
        var current = element;
        while (true)
        {
            if (current is KeepWithNext)
                return true;
            if (current is not ISingleChild wrapper)
                return false;
            current = wrapper.Child;
        }
    }
}
