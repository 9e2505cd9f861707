using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;

namespace Briefing.Typesetting.Elements;

/// <summary>Marks its child as page furniture (banner, running header, page number), not content.</summary>
internal sealed class Artifact(Element child) : Element, ISingleChild
{
    public Element Child => child;

    public override SpacePlan Measure(Size available, PageContext page) => child.Measure(available, page);

    public override void Draw(Size available, DrawingContext context)
    {
        context.Canvas.BeginArtifact();
        child.Draw(available, context);
        context.Canvas.EndArtifact();
    }
}
