using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Layout;
using L = Briefing.Typesetting.Fluent.Blocks;

namespace Briefing.Composition.Frames.Note;

/// <summary>
/// The page furniture of a briefing note (artifacts, like all furniture): the marking in both official languages
/// at the top right of every page, as GC marking rules place it; at the foot, "Page X of Y" on the left and the
/// marking again on the right. No running title: a note is short, and a long title would not fit beside the
/// marking on one line (the furniture's height may not depend on the page).
/// </summary>
internal static class NoteFurniture
{
    private const double LineHeight = 14;

    /// <summary>The header of a page.</summary>
    public static Element Header(NoteComposition note) =>
        L.Row(row =>
            {
                row.RelativeItem(L.Empty());
                row.AutoItem(Marking(note));
            })
            .AlignMiddle()
            .Height(LineHeight);

    /// <summary>The footer of a page.</summary>
    public static Element Footer(NoteComposition note, PageContext page)
    {
        var context = note.Context;
        var styles = note.Styles;
        var number = context.Strings.PageOf(page.PageNumber, page.TotalPages ?? page.PageNumber);
        return L.Row(row =>
            {
                row.Spacing(12);
                row.RelativeItem(context.Paragraph(number, styles.Furniture, styles.SingleLine, role: null));
                row.AutoItem(Marking(note));
            })
            .AlignMiddle()
            .Height(LineHeight);
    }

    private static Element Marking(NoteComposition note) =>
        note.Context.Paragraph(note.Marking, note.Styles.Marking, note.Styles.SingleLine, role: null);
}
