using Briefing.Typesetting.Geometry;

namespace Briefing.Typesetting.Layout;

/// <summary>
/// A piece of a document that measures, then draws. <see cref="Measure"/> never changes the element;
/// <see cref="Draw"/> draws what fits and remembers where it stopped, so the next page's
/// <see cref="Measure"/> and <see cref="Draw"/> continue from there. An element tree is therefore
/// laid out once; compose a new tree to lay out again.
/// </summary>
public abstract class Element
{
    /// <summary>How much of this element (from where it stopped) fits in <paramref name="available"/>.</summary>
    public abstract SpacePlan Measure(Size available, PageContext page);

    /// <summary>Draws what fits in <paramref name="available"/> at the canvas origin and advances past it.</summary>
    public abstract void Draw(Size available, DrawingContext context);
}
