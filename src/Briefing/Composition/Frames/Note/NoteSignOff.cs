using Briefing.Model;
using Briefing.Typesetting.Fluent;
using Briefing.Typesetting.Layout;
using L = Briefing.Typesetting.Fluent.Blocks;

namespace Briefing.Composition.Frames.Note;

/// <summary>
/// The closing block of a briefing note, kept together after a rule: "Prepared by:" name, title, unit, telephone and
/// the day; "Approved by:" each approval with its title, unit and day; "Consulted:" each person or unit. A line the
/// brief gives nothing for is left out, never printed empty.
/// </summary>
internal static class NoteSignOff
{
    /// <summary>The closing block, or null when the brief names no one.</summary>
    public static Element? Build(NoteComposition note)
    {
        var context = note.Context;
        var brief = context.Brief;
        var strings = context.Strings;
        var lines = new List<(string Label, string Text)>();

        var prepared = brief.Prepared;
        var preparer = Join(context, prepared.By, prepared.Title, prepared.Unit);
        if (prepared.Telephone is { } telephone)
            preparer.Add(strings.NoteTelephone(telephone));
        if (preparer.Count > 0)
            lines.Add((strings.NotePreparedBy, $"{string.Join(", ", preparer)} ({context.Date(prepared.On)})"));

        foreach (var approval in brief.Approved)
        {
            var approver = string.Join(", ", Join(context, approval.By, approval.Title, approval.Unit));
            lines.Add((strings.NoteApprovedBy, approval.On is { } on ? $"{approver} ({context.Date(on)})" : approver));
        }

        if (brief.Consulted.Count > 0)
        {
            var consulted = brief.Consulted.Select(c => string.Join(", ", Join(context, c.Name, c.Title, c.Unit)));
            lines.Add((strings.NoteConsulted, string.Join("; ", consulted)));
        }

        if (lines.Count == 0)
            return null;
        var styles = note.Styles;
        return L.Column(column =>
            {
                column.Spacing(3);
                column.Item(L.Line(0.5, context.Palette.Rule).PaddingBottom(4));
                foreach (var (label, text) in lines)
                {
                    column.Item(context.Typesetter.Paragraph(styles.Small, styles.TightParagraph, p =>
                    {
                        p.Span(context.Profile.Polish(label + ":") + " ", styles.SmallBold);
                        p.Span(context.Profile.Polish(text), styles.Small);
                    }));
                }
            })
            .KeepTogether();
    }

    private static List<string> Join(ComposeContext context, params LocalizedText?[] parts)
    {
        var result = new List<string>();
        foreach (var part in parts)
        {
            if (part is not null)
                result.Add(context.Text(part));
        }

        return result;
    }
}
