using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Elements;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;

namespace Briefing.Typesetting.Fluent;

/// <summary>Wrappers that decorate or constrain an element: <c>element.Padding(10).Background(color)</c>.</summary>
public static class ElementExtensions
{
    /// <summary>Adds the same space on every side, in points.</summary>
    public static Element Padding(this Element element, double all) => new Padding(element, Thickness.All(all));

    /// <summary>Adds space per side, in points.</summary>
    public static Element Padding(this Element element, Thickness padding) => new Padding(element, padding);

    /// <summary>Adds space above and below, in points.</summary>
    public static Element PaddingVertical(this Element element, double points) => new Padding(element, new Thickness(0, points, 0, points));

    /// <summary>Adds space left and right, in points.</summary>
    public static Element PaddingHorizontal(this Element element, double points) => new Padding(element, new Thickness(points, 0, points, 0));

    /// <summary>Adds space above.</summary>
    public static Element PaddingTop(this Element element, double points) => new Padding(element, new Thickness(0, points, 0, 0));

    /// <summary>Adds space below.</summary>
    public static Element PaddingBottom(this Element element, double points) => new Padding(element, new Thickness(0, 0, 0, points));

    /// <summary>Adds space on the left.</summary>
    public static Element PaddingLeft(this Element element, double points) => new Padding(element, new Thickness(points, 0, 0, 0));

    /// <summary>Adds space on the right.</summary>
    public static Element PaddingRight(this Element element, double points) => new Padding(element, new Thickness(0, 0, points, 0));

    /// <summary>Gives the element exactly <paramref name="points"/> of height (its content gets no more; an empty one still takes it).</summary>
    public static Element Height(this Element element, double points) => new Constrained(element, 0, double.PositiveInfinity, points, points);

    /// <summary>Bounds the element's height: it takes at least <paramref name="min"/> and its content gets at most <paramref name="max"/>.</summary>
    public static Element Height(this Element element, double min, double max) => new Constrained(element, 0, double.PositiveInfinity, min, max);

    /// <summary>Gives the element exactly <paramref name="points"/> of width.</summary>
    public static Element Width(this Element element, double points) => new Constrained(element, points, points, 0, double.PositiveInfinity);

    /// <summary>Bounds the element's width: it takes at least <paramref name="min"/> and its content gets at most <paramref name="max"/>.</summary>
    public static Element Width(this Element element, double min, double max) => new Constrained(element, min, max, 0, double.PositiveInfinity);

    /// <summary>
    /// Aligns the element in the space its parent gives it: the share of spare room before it, horizontally and
    /// vertically (0 start, 0.5 centre, 1 end).
    /// </summary>
    public static Element Align(this Element element, double horizontal, double vertical) => new Alignment(element, horizontal, vertical);

    /// <summary>Centres the element vertically in the space its parent gives it.</summary>
    public static Element AlignMiddle(this Element element) => new Alignment(element, 0, 0.5);

    /// <summary>Fills the element's area with a colour behind it.</summary>
    public static Element Background(this Element element, Color color) => new Background(element, color);

    /// <summary>Frames the element with a stroke of the given width (the frame takes that much space on each side).</summary>
    public static Element Border(this Element element, double width, Color color) => new Border(element, width, color);

    /// <summary>Moves the element to the next page rather than split it (it splits only if it cannot fit on an empty page).</summary>
    public static Element KeepTogether(this Element element) => new KeepTogether(element);

    /// <summary>Never ends a page with this element: it moves with the start of the next item of its column.</summary>
    public static Element KeepWithNext(this Element element) => new KeepWithNext(element);

    /// <summary>Puts the element in a structure element of <paramref name="role"/> (reopened on each page it spans).</summary>
    public static Element Tagged(this Element element, StructureRole role, string? altText = null) => new Tagged(element, role, altText);

    /// <summary>Marks the element as page furniture, not content.</summary>
    public static Element Artifact(this Element element) => new Artifact(element);

    /// <summary>Adds a bookmark (outline entry) at the element's top; level 1 is the top of the outline.</summary>
    public static Element Bookmark(this Element element, string title, int level) => new Bookmark(element, title, level);

    /// <summary>Declares a named destination (internal link target) at the element's top.</summary>
    public static Element Destination(this Element element, string name) => new Destination(element, name);

    /// <summary>Gives the element a debug name that layout errors quote.</summary>
    public static Element Named(this Element element, string debugName) => new Named(element, debugName);
}
