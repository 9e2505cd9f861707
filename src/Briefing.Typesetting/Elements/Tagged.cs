using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;

namespace Briefing.Typesetting.Elements;

/// <summary>
/// Puts its child in a structure element. Each page's part is wrapped in its own BeginTag/EndTag, so
/// tags stay balanced per page; the tag's key is this element (or the key given, which several elements may
/// share: the pieces of one list item a parallel text pairs one by one), so the writer joins the parts into
/// one structure element.
/// </summary>
internal sealed class Tagged(Element child, StructureRole role, string? altText, object? key = null) : Element, ISingleChild
{
    public Element Child => child;

    public override SpacePlan Measure(Size available, PageContext page) => child.Measure(available, page);

    public override void Draw(Size available, DrawingContext context)
    {
        context.Canvas.BeginTag(role, altText, key ?? this);
        child.Draw(available, context);
        context.Canvas.EndTag();
    }
}
