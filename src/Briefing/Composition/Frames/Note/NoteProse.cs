using Briefing.Model;
using Briefing.Typesetting.Layout;

namespace Briefing.Composition.Frames.Note;

/// <summary>The brief's prose in the note's running-text type.</summary>
internal static class NoteProse
{
    /// <summary>The prose as paragraphs and bullet lists.</summary>
    public static Element Render(NoteComposition note, Prose prose) =>
        note.Context.Prose.Render(prose, note.Styles.Body, note.Styles.BodyParagraph, note.Context.Prose.ParagraphGap);
}
