using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Layout;
using L = Briefing.Typesetting.Fluent.Blocks;

namespace Briefing.Composition.Frames.Note;

/// <summary>
/// A heading of the note (SUMMARY, BACKGROUND, ANNEX A: …) over its content: bold capitals, unnumbered, tagged H1
/// and bookmarked, never left at the foot of a page without what follows; the whole tagged as a section.
/// </summary>
internal static class NoteSection
{
    /// <summary>The section with its heading.</summary>
    public static Element Build(NoteComposition note, string heading, Element content)
    {
        var context = note.Context;
        var styles = note.Styles;
        var title = context.Paragraph(context.Profile.Polish(heading), styles.Heading, styles.HeadingParagraph, StructureRole.H1)
            .Bookmark(heading, context.OutlineLevel);
        return L.Column(column =>
            {
                column.Spacing(6);
                column.Item(title.KeepWithNext());
                column.Item(content);
            })
            .Tagged(StructureRole.Sect);
    }

    /// <summary>A heading inside a section (an agreement, a section's own title): bold, tagged H2, kept with what follows.</summary>
    public static Element SubHeading(NoteComposition note, string text) =>
        note.Context.Paragraph(text, note.Styles.SubHeading, note.Styles.HeadingParagraph, StructureRole.H2).KeepWithNext();
}
