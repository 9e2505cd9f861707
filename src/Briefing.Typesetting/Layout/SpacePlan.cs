using Briefing.Typesetting.Geometry;

namespace Briefing.Typesetting.Layout;

/// <summary>
/// An element's answer to "how much of you fits in this space": all, part (continue on the next
/// page), nothing, or empty. <see cref="Size"/> is the space taken by what fits.
/// </summary>
public readonly record struct SpacePlan(SpacePlanKind Kind, Size Size, string? WrapReason = null)
{
    /// <summary>Nothing to draw.</summary>
    public static SpacePlan Empty() => new(SpacePlanKind.Empty, Size.Zero);

    /// <summary>Nothing fits here; <paramref name="reason"/> says why, for error messages.</summary>
    public static SpacePlan Wrap(string reason) => new(SpacePlanKind.Wrap, Size.Zero, reason);

    /// <summary>Part fits, taking the given size.</summary>
    public static SpacePlan Partial(double width, double height) => new(SpacePlanKind.PartialRender, new Size(width, height));

    /// <summary>All fits, taking the given size.</summary>
    public static SpacePlan Full(double width, double height) => new(SpacePlanKind.FullRender, new Size(width, height));

    /// <summary>Whether something will be drawn (partially or fully).</summary>
    public bool Draws => Kind is SpacePlanKind.PartialRender or SpacePlanKind.FullRender;
}
