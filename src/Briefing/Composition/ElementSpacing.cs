using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;

namespace Briefing.Composition;

/// <summary>One-sided padding, which the engine's fluent API spells through a <see cref="Thickness"/>.</summary>
internal static class ElementSpacing
{
    /// <summary>Adds space above.</summary>
    public static Element PaddingTop(this Element element, double points) => element.Padding(new Thickness(0, points, 0, 0));

    /// <summary>Adds space below.</summary>
    public static Element PaddingBottom(this Element element, double points) => element.Padding(new Thickness(0, 0, 0, points));
}
