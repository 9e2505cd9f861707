using Briefing.Localization;
using Briefing.Typesetting.Drawing;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Layout;
using L = Briefing.Typesetting.Fluent.Blocks;

namespace Briefing.Composition.Frames.Note;

/// <summary>
/// The head of page 1: the addressee (MEMORANDUM TO … / NOTE …) and the purpose (FOR INFORMATION / POUR DÉCISION) on
/// the left, the tracking number on the right, then the subject (the brief's title, tagged H1), its subtitle, and the
/// place, date and occasion on one line, over a rule. A line the brief gives nothing for is left out.
/// </summary>
internal static class NoteHeader
{
    /// <summary>The head of the note.</summary>
    public static Element Build(NoteComposition note)
    {
        var context = note.Context;
        var brief = context.Brief;
        var strings = context.Strings;
        var styles = note.Styles;
        var culture = strings.Culture;
        var lines = new List<Element>();
        if (brief.Addressee is { } addressee)
            lines.Add(context.Paragraph(DocumentCasing.ToUpper(strings.NoteMemorandumTo(context.Text(addressee)), culture), styles.HeaderLine, styles.HeadingParagraph));
        if (brief.Purpose is { } purpose)
            lines.Add(context.Paragraph(strings.NotePurpose(purpose), styles.HeaderLine, styles.HeadingParagraph));
        var tracking = brief.Tracking is { } number
            ? context.Paragraph(strings.NoteTrackingNumber(context.Text(number)), styles.Body, styles.SingleLine)
            : null;

        var facts = new List<string> { context.Text(brief.Location), context.Profile.Dates.Format(brief.Date, Localization.Profiles.DateForm.Long) };
        if (brief.Occasion is { } occasion)
            facts.Add(context.Text(occasion));

        return L.Column(column =>
        {
            column.Spacing(4);
            // The theme's logo and organisation line head the note, as a department's letterhead does.
            if (Masthead.Build(context) is { } masthead)
                column.Item(masthead.PaddingBottom(6));
            if (lines.Count > 0 || tracking is not null)
            {
                column.Item(L.Row(row =>
                {
                    row.Spacing(12);
                    row.RelativeItem(L.Column(left =>
                    {
                        left.Spacing(2);
                        foreach (var line in lines)
                            left.Item(line);
                    }));
                    if (tracking is not null)
                        row.AutoItem(tracking);
                }).PaddingBottom(10));
            }

            column.Item(context.Paragraph(context.Text(brief.Title), styles.Title, styles.HeadingParagraph, StructureRole.H1));
            if (brief.Subtitle is { } subtitle)
                column.Item(context.Paragraph(context.Text(subtitle), styles.Subtitle, styles.TightParagraph));
            column.Item(context.Paragraph(string.Join(" \u00B7 ", facts), styles.Subtitle, styles.TightParagraph));
            column.Item(L.Line(0.75, context.Palette.Text).PaddingTop(6));
        });
    }
}
