using Briefing.Model;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;

namespace Briefing.Composition.Frames;

/// <summary>
/// Brief's own note, the same in every language: kicker, title and subtitle over an accent rule, the key-facts
/// box, numbered sections with coloured status badges and linked cross-references, the classification
/// banner at top and bottom of every page, a running title from page 2 and "Page X of Y".
/// </summary>
internal sealed class NeutralFrame : DocumentFrame
{
    /// <inheritdoc />
    public override FrameKind Kind => FrameKind.Neutral;

    /// <inheritdoc />
    public override Document Compose(ComposeContext context, PaperSize paper)
    {
        var brief = context.Brief;
        // Contents and related references show page numbers: composed again with each layout's pages until they hold.
        var (body, forPages) = Bodies(context, brief.Contents != ContentsMode.Off || brief.Questions.Any(q => q.Related.Count > 0), BriefComposer.Body);
        return new()
        {
            Page = new PageSetup(paper == PaperSize.A4 ? Size.A4 : Size.Letter, context.Theme.Margins),
            Body = body,
            BodyForPages = forPages,
            Metadata = BriefComposer.Metadata(context),
            Header = page => PageFurniture.Header(context, page),
            Footer = page => PageFurniture.Footer(context, page),
            FurnitureSpacing = 16,
        };
    }
}
