using Briefing.Composition.Frames.Note;
using Briefing.Model;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Geometry;
using Briefing.Typesetting.Layout;

namespace Briefing.Composition.Frames;

/// <summary>
/// A Government of Canada briefing note, as a GC policy officer expects one (issue 14): the addressee, purpose and
/// tracking number at the head; the marking in both official languages at the top right (and foot) of every page;
/// the headings Summary (Issue), Background, Current status, Considerations and Next steps (Recommendation), filled
/// by the built-in parts and by the free sections' roles; a Prepared by / Approved by / Consulted block; and the
/// lists (participants, timeline, annex sections, sources) in Annex A, B, … after it, starting on a new page. The
/// parts are in <c>Frames/Note/</c>.
/// </summary>
internal sealed class BriefingNoteFrame : DocumentFrame
{
    /// <summary>Sides a little under an inch (GC templates use about one), so a French note keeps to two pages; the top and foot leave room for the marking.</summary>
    private static readonly Thickness Margins = new(66, 30, 66, 28);

    /// <inheritdoc />
    public override FrameKind Kind => FrameKind.BriefingNote;

    /// <inheritdoc />
    public override Document Compose(ComposeContext context, PaperSize paper)
    {
        var note = new NoteComposition(context);
        // Contents show page numbers; a note shows them only when asked (contents: on), being short by convention.
        var (body, forPages) = Bodies(context, context.Brief.Contents == ContentsMode.On, c => NoteBody.Build(new NoteComposition(c)));
        return new Document
        {
            Page = new PageSetup(paper == PaperSize.A4 ? Size.A4 : Size.Letter, Margins),
            Body = body,
            BodyForPages = forPages,
            Metadata = BriefComposer.Metadata(context),
            Header = _ => NoteFurniture.Header(note),
            Footer = page => NoteFurniture.Footer(note, page),
            FurnitureSpacing = 14,
        };
    }
}
