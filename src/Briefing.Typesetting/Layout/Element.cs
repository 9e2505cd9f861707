using Briefing.Typesetting.Geometry;

namespace Briefing.Typesetting.Layout;

/// <summary>
/// A piece of a document that measures, then draws. An element is a description and never changes:
/// <see cref="Draw"/> draws what fits and records where it stopped in the layout run's progress (carried
/// by <see cref="PageContext"/>), so the next page's <see cref="Measure"/> and <see cref="Draw"/> continue
/// from there. A new run starts from the beginning, so a tree can be laid out any number of times.
/// </summary>
public abstract class Element
{
    /// <summary>How much of this element (from where it stopped) fits in <paramref name="available"/>.</summary>
    public abstract SpacePlan Measure(Size available, PageContext page);

    /// <summary>Draws what fits in <paramref name="available"/> at the canvas origin and advances past it.</summary>
    public abstract void Draw(Size available, DrawingContext context);
}
